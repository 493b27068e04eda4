using System.Text.Json;
using SmeNotebooks.Kernel;
using SmeNotebooks.Engine.Execution;
using SmeNotebooks.Runner.Execution;

namespace SmeNotebooks.Tests.Kernel;

/// <summary>
/// `install` writes one kernelspec per language of the collection — the English and the Spanish kernel — each
/// starting this kernel with its <c>--lang</c>; installing again replaces them, `uninstall` removes both.
/// </summary>
public class KernelspecTests
{
    [Fact]
    public void Install_writes_a_kernelspec_per_language_and_uninstall_removes_them()
    {
        string prefix = Path.Combine(Path.GetTempPath(), $"smenotebooks-spec-{Guid.NewGuid():N}");
        try
        {
            Kernelspec.Install(prefix);
            var folders = Kernelspec.Install(prefix);   // idempotent: the second install replaces the first
            Assert.Equal(KernelIdentity.All.Count, folders.Count);
            foreach (var (kernel, folder) in KernelIdentity.All.Zip(folders))
            {
                Assert.Equal(kernel.Name, Path.GetFileName(folder));
                using var spec = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "kernel.json")));
                var argv = spec.RootElement.GetProperty("argv").EnumerateArray().Select(a => a.GetString()!).ToArray();
                Assert.Equal(["run", "{connection_file}", "--lang", kernel.Language], argv[^4..]);
                Assert.True(Path.IsPathRooted(argv[0]), $"argv[0] is not absolute: {argv[0]}");
                Assert.Equal(kernel.DisplayName, spec.RootElement.GetProperty("display_name").GetString());
                Assert.Equal("message", spec.RootElement.GetProperty("interrupt_mode").GetString());
                Assert.True(File.Exists(Path.Combine(folder, "logo-64x64.png")));
            }
            Assert.NotEqual(KernelIdentity.Source.DisplayName, KernelIdentity.For("es").DisplayName);

            Assert.Equal(folders, Kernelspec.Uninstall(prefix));
            Assert.All(folders, f => Assert.False(Directory.Exists(f)));
            Assert.Empty(Kernelspec.Uninstall(prefix));
        }
        finally
        {
            if (Directory.Exists(prefix)) Directory.Delete(prefix, recursive: true);
        }
    }
}
