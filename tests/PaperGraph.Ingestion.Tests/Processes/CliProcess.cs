using System.Diagnostics;
using System.Text;

namespace PaperGraph.Ingestion.Tests.Processes;

/// <summary>The built <c>papergraph</c> running as a child process, its output collected for failure messages.</summary>
internal sealed class CliProcess : IDisposable
{
    private readonly System.Diagnostics.Process _process;
    private readonly StringBuilder _output = new();

    private CliProcess(System.Diagnostics.Process process) => _process = process;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

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

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = new System.Diagnostics.Process { StartInfo = start };
        var cli = new CliProcess(process);
        process.OutputDataReceived += (_, e) => cli.Append(e.Data);
        process.ErrorDataReceived += (_, e) => cli.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return cli;
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

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }
}
