using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(SmeNotebooks.Benchmarks.ModelBenchmarks).Assembly).Run(args);
