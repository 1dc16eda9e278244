using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PaperGraph.Benchmarks;

/// <summary><c>papergraph serve</c> (the built papergraph.dll beside the benchmarks) as a child process on a free loopback port, logging warnings only.</summary>
internal sealed class ServeProcess : IDisposable
{
    private ServeProcess(Process process, string url)
    {
        Process = process;
        Url = url;
    }

    public Process Process { get; }

    public string Url { get; }

    /// <param name="arguments">What follows <c>serve</c>, e.g. <c>--db FILE</c>; <c>--urls</c> is added.</param>
    public static ServeProcess Start(params string[] arguments)
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "papergraph.dll"), "serve" }.Concat(arguments).Concat(["--urls", url]))
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ServeProcess(process, url);
    }

    public void Dispose()
    {
        Process.Kill(entireProcessTree: true);
        Process.WaitForExit();
        Process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
