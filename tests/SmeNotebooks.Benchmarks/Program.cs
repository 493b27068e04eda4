using BenchmarkDotNet.Running;

// `write-frame-fit-data PATH` saves FrameFitBenchmarks' data for r-glm-116x4.R; anything else goes to BenchmarkDotNet.
if (args is ["write-frame-fit-data", var path])
{
    var data = new SmeNotebooks.Benchmarks.FrameFitBenchmarks();
    data.Setup();
    data.Write(path);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(SmeNotebooks.Benchmarks.ModelBenchmarks).Assembly).Run(args);
