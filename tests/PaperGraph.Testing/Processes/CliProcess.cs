using System.Diagnostics;
using System.Text;

namespace PaperGraph.Testing.Processes;

/// <summary>
/// The built <c>papergraph</c> (next to the test assembly) running as a child process, its standard output and
/// error collected apart and together: the one way tests run the CLI as a process.
/// </summary>
public sealed class CliProcess : IDisposable
{
    private readonly System.Diagnostics.Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _standardOutput = new();
    private readonly StringBuilder _standardError = new();

    private CliProcess(System.Diagnostics.Process process) => _process = process;

    /// <summary>Standard output and error interleaved as they arrived, for failure messages.</summary>
    public string Output => Read(_output);

    public string StandardOutput => Read(_standardOutput);

    public string StandardError => Read(_standardError);

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public static CliProcess Start(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "papergraph.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // A worker's health/metrics listener defaults to one fixed loopback port; tests run several at once.
        start.Environment["Worker__Listen"] = "http://127.0.0.1:0";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = new System.Diagnostics.Process { StartInfo = start };
        var cli = new CliProcess(process);
        process.OutputDataReceived += (_, e) => cli.Append(cli._standardOutput, e.Data);
        process.ErrorDataReceived += (_, e) => cli.Append(cli._standardError, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return cli;
    }

    /// <summary>Runs one command to its end: its exit code, standard output and standard error (line by line).</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var cli = Start(new Dictionary<string, string>(), args);
        await cli._process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (cli.ExitCode, cli.StandardOutput, cli.StandardError);
    }

    /// <summary>Waits for the process to end by itself; false when it is still running after <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        wait.CancelAfter(timeout);
        try
        {
            await _process.WaitForExitAsync(wait.Token);
            return true;
        }
        catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>SIGKILL: no handler runs, no finally block, exactly like a crash.</summary>
    public void KillHard()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>SIGTERM, as a service manager stops a process; waits for it to exit.</summary>
    public async Task<bool> TerminateAsync(TimeSpan timeout)
    {
        using (var kill = System.Diagnostics.Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        using var wait = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(wait.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private void Append(StringBuilder stream, string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                stream.AppendLine(line);
                _output.AppendLine(line);
            }
        }
    }

    private string Read(StringBuilder text)
    {
        lock (_output)
        {
            return text.ToString();
        }
    }
}
