using System.Diagnostics;

namespace PaperGraph.Testing;

/// <summary>
/// Runs system tools for tests, and Python scripts with Debian's interpreter, where deploy/ci/setup.sh installs the readers the tests
/// use (python3-networkx, python3-rdflib, python3-bibtexparser, python3-jsonschema). When a module is
/// missing the test is skipped with the reason, except under <c>CI=true</c>, where it fails.
/// </summary>
public static class ExternalTool
{
    /// <summary>Debian's python first: a python on PATH (pyenv, a venv) does not see Debian's packages.</summary>
    public static string Python => File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

    public static void RequireModules(params string[] modules)
    {
        var check = Run(Python, ["-c", "import " + string.Join(", ", modules)]);
        if (check.ExitCode == 0)
        {
            return;
        }

        var reason = $"Python modules {string.Join(", ", modules)} are missing (run deploy/ci/setup.sh): {check.Error.Trim()}";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(reason);
        }

        Assert.Skip(reason);
    }

    /// <summary>A system tool's exit code (mount, chattr), its output discarded; -1 when it is not installed.</summary>
    public static async Task<int> ExitCodeAsync(string program, params string[] arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return -1;
        }
    }

    public static (int ExitCode, string Output, string Error) Run(string program, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish in 2 minutes.");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
