using System.CommandLine;
using SmeNotebooks.Kernel;
using SmeNotebooks.Kernel.Protocol;

// SmeNotebooks.Kernel — the collection's live C# kernel for Jupyter.
//   install [--prefix DIR]    write the kernelspec for this user (or under DIR) and say how to open the notebooks
//   uninstall [--prefix DIR]  remove it
//   run CONNECTION_FILE       serve one front end (what Jupyter starts; kernel.json says so)
var prefix = new Option<string?>("--prefix") { Description = "Install under DIR/share/jupyter/kernels instead of the user's Jupyter data folder" };
var install = new Command("install", "Install the kernelspec (idempotent: replaces an earlier one)") { prefix };
install.SetAction(parse =>
{
    string folder = Kernelspec.Install(parse.GetValue(prefix));
    Console.WriteLine($"Installed the kernel '{JupyterKernel.Name}' ({Kernelspec.DisplayName}) in {folder}");
    Console.WriteLine("Open the collection live with one of:");
    Console.WriteLine("  jupyter notebook notebooks/        (classic Notebook)");
    Console.WriteLine("  jupyter lab notebooks/             (JupyterLab)");
    Console.WriteLine("  code notebooks/                    (VS Code with the Jupyter extension: open a .ipynb, pick the kernel)");
    return 0;
});
var uninstall = new Command("uninstall", "Remove the kernelspec") { prefix };
uninstall.SetAction(parse =>
{
    string? removed = Kernelspec.Uninstall(parse.GetValue(prefix));
    Console.WriteLine(removed is null ? $"The kernel '{JupyterKernel.Name}' was not installed." : $"Removed {removed}");
    return 0;
});
var connectionFile = new Argument<string>("connection-file");
var run = new Command("run", "Serve the front end described by a Jupyter connection file") { connectionFile };
run.SetAction(parse =>
{
    using var kernel = new JupyterKernel(ConnectionInfo.Load(parse.GetValue(connectionFile)!));
    kernel.Run();
    return 0;
});
return new RootCommand("SmeNotebooks C# kernel for Jupyter") { install, uninstall, run }.Parse(args).Invoke();
