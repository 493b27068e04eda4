using System.Diagnostics;
using SmeNotebooks.Kernel.Protocol;

namespace SmeNotebooks.Tests.Kernel;

/// <summary>The connection file a front end writes: what the kernel accepts, and what it refuses by name.</summary>
public sealed class ConnectionInfoTests
{
    private static string File(string transport, int shellPort = 50101)
    {
        string path = Path.Combine(Path.GetTempPath(), $"sme-connection-{Guid.NewGuid():N}.json");
        System.IO.File.WriteAllText(path, $$"""
            {"transport": "{{transport}}", "ip": "127.0.0.1", "shell_port": {{shellPort}}, "iopub_port": 50102, "stdin_port": 50103,
             "control_port": 50104, "hb_port": 50105, "key": "k", "signature_scheme": "hmac-sha256", "kernel_name": "smenotebooks-csharp"}
            """);
        return path;
    }

    [Fact]
    public void A_tcp_connection_file_gives_tcp_endpoints()
    {
        string path = File("tcp");
        try { Assert.Equal("tcp://127.0.0.1:50101", ConnectionInfo.Load(path).Endpoint(50101)); }
        finally { System.IO.File.Delete(path); }
    }

    [Theory]
    [InlineData("ipc", "ipc transport is not supported")]
    [InlineData("udp", "Transport 'udp' is not supported; use tcp.")]
    public void Another_transport_is_refused_by_name(string transport, string message)
    {
        string path = File(transport);
        try { Assert.Contains(message, Assert.Throws<InvalidDataException>(() => ConnectionInfo.Load(path)).Message); }
        finally { System.IO.File.Delete(path); }
    }

    /// <summary>Runs the kernel on <paramref name="path"/> until it exits (within a minute); its exit code and standard error.</summary>
    private static async Task<(int Code, string Errors)> RunKernel(string path)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (string argument in new[] { Path.Combine(AppContext.BaseDirectory, "SmeNotebooks.Kernel.dll"), "run", path }) start.ArgumentList.Add(argument);
        using var kernel = Process.Start(start)!;
        var errorsRead = kernel.StandardError.ReadToEndAsync();
        bool exited = kernel.WaitForExit(TimeSpan.FromSeconds(60));
        if (!exited) kernel.Kill(entireProcessTree: true);
        Assert.True(exited, "the kernel kept running");
        return (kernel.ExitCode, await errorsRead);
    }

    [Fact]
    public async Task The_kernel_given_an_ipc_connection_file_exits_saying_why_instead_of_binding_what_no_client_reaches()
    {
        string path = File("ipc");
        try
        {
            var (code, errors) = await RunKernel(path);
            Assert.Equal(2, code);
            Assert.Contains("cannot start: The ipc transport is not supported", errors);
            Assert.DoesNotContain("Unhandled exception", errors);
        }
        finally { System.IO.File.Delete(path); }
    }

    [Fact]
    public async Task The_kernel_whose_port_another_process_took_exits_naming_the_channel_and_address()
    {
        // On a class server thirty front ends choose free ports at once, and another process may take one before the
        // kernel binds it (seen in the 30-student load test): the kernel said so with NetMQ's unhandled exception.
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        int port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;
        string path = File("tcp", shellPort: port);
        try
        {
            var (code, errors) = await RunKernel(path);
            Assert.Equal(2, code);
            Assert.Contains($"cannot start: the shell channel's address tcp://127.0.0.1:{port} is in use by another process.", errors);
            Assert.DoesNotContain("Unhandled exception", errors);
        }
        finally { System.IO.File.Delete(path); }
    }
}
