using SmeNotebooks.Kernel;

namespace SmeNotebooks.Tests.Kernel;

/// <summary>Where the kernel restores a package: a folder of the user's own, never one another user can write to.</summary>
public class PackageRestoreTests
{
    [Fact]
    public void A_restore_runs_in_a_folder_only_its_user_can_enter_outside_the_shared_temporary_folder()
    {
        if (OperatingSystem.IsWindows()) return;
        string folder = PackageRestore.Folder("Some.Package", "1.2.3");
        Assert.False(folder.StartsWith(Path.GetTempPath(), StringComparison.Ordinal), $"{folder} is in the shared temporary folder");
        const UnixFileMode owner = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        for (var dir = new DirectoryInfo(folder); dir.Name != "smenotebooks"; dir = dir.Parent!)
            Assert.Equal(owner, File.GetUnixFileMode(dir.FullName));
        Assert.EndsWith("Some.Package-1.2.3", folder);
    }

    [Fact]
    public void A_package_name_cannot_lead_the_restore_out_of_its_folder()
    {
        if (OperatingSystem.IsWindows()) return;
        string folder = PackageRestore.Folder("../../escape", "1.0");
        Assert.Equal("smenotebooks", new DirectoryInfo(folder).Parent!.Parent!.Name);
    }
}
