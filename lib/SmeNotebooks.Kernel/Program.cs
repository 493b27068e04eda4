using System.CommandLine;
using SmeNotebooks.Kernel;
using SmeNotebooks.Kernel.Protocol;
using SmeNotebooks.Engine.Execution;

// SmeNotebooks.Kernel — the collection's live C# kernel for Jupyter.
//   install [--prefix DIR]    write the kernelspecs (English and Spanish) for this user (or under DIR) and say how to open the notebooks
//   uninstall [--prefix DIR]  remove it
//   run CONNECTION_FILE [--lang es]  serve one front end (what Jupyter starts; kernel.json says so)
var prefix = new Option<string?>("--prefix") { Description = "Install under DIR/share/jupyter/kernels instead of the user's Jupyter data folder" };
var install = new Command("install", "Install the kernelspec (idempotent: replaces an earlier one)") { prefix };
install.SetAction(parse =>
{
    var folders = Kernelspec.Install(parse.GetValue(prefix));
    foreach (var (kernel, folder) in KernelIdentity.All.Zip(folders))
        Console.WriteLine($"Installed the kernel '{kernel.Name}' ({kernel.DisplayName}) in {folder}");
    Console.WriteLine("Open the collection live with one of:");
    Console.WriteLine("  jupyter notebook notebooks/        (classic Notebook)");
    Console.WriteLine("  jupyter lab notebooks/             (JupyterLab)");
    Console.WriteLine("  code notebooks/                    (VS Code with the Jupyter extension: open a .ipynb, pick the kernel)");
    return 0;
});
var uninstall = new Command("uninstall", "Remove the kernelspec") { prefix };
uninstall.SetAction(parse =>
{
    var removed = Kernelspec.Uninstall(parse.GetValue(prefix));
    if (removed.Count == 0) Console.WriteLine($"The kernels {string.Join(", ", KernelIdentity.All.Select(k => $"'{k.Name}'"))} were not installed.");
    foreach (string folder in removed) Console.WriteLine($"Removed {folder}");
    return 0;
});
var connectionFile = new Argument<string>("connection-file");
var language = new Option<string>("--lang") { Description = "The language of the library's words (en, es); numbers keep the decimal point", DefaultValueFactory = _ => "en" };
language.AcceptOnlyFromAmong([.. KernelIdentity.All.Select(k => k.Language)]);
var run = new Command("run", "Serve the front end described by a Jupyter connection file") { connectionFile, language };
run.SetAction(parse =>
{
    ConnectionInfo connection;
    try { connection = ConnectionInfo.Load(parse.GetValue(connectionFile)!); }
    catch (Exception ex) when (ex is InvalidDataException or System.Text.Json.JsonException or IOException or UnauthorizedAccessException)
    {
        // The front end shows "kernel died"; its log (this process's standard error) says why.
        Console.Error.WriteLine($"[SmeNotebooks kernel] cannot start: {ex.Message}");
        return 2;
    }
    JupyterKernel kernel;
    try { kernel = new JupyterKernel(connection, KernelIdentity.For(parse.GetValue(language)!)); }
    catch (IOException ex)
    {
        // A port taken between the front end choosing it and the kernel binding it: the front end restarts the kernel.
        Console.Error.WriteLine($"[SmeNotebooks kernel] cannot start: {ex.Message}");
        return 2;
    }
    using (kernel) kernel.Run();
    return 0;
});
return new RootCommand("SmeNotebooks C# kernel for Jupyter") { install, uninstall, run }.Parse(args).Invoke();
