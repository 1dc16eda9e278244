using System.Diagnostics;

namespace PaperGraph.Testing.Metrics;

/// <summary><c>promtool check metrics</c> (Debian's prometheus package, installed by deploy/ci/setup.sh) on an exposition.</summary>
public static class Promtool
{
    /// <summary>
    /// Fails the test on any complaint. Missing promtool fails it too when running as root (setup.sh would have installed
    /// it); a user who cannot install it gets a skip with the reason.
    /// </summary>
    public static async Task AssertValidAsync(string exposition, CancellationToken cancellationToken)
    {
        var path = Environment.GetEnvironmentVariable("PATH")?.Split(':').Select(dir => Path.Combine(dir, "promtool")).FirstOrDefault(File.Exists);
        if (path is null)
        {
            const string Reason = "promtool is missing: deploy/ci/setup.sh installs Debian's prometheus package when run as root.";
            if (Environment.IsPrivilegedProcess)
            {
                Assert.Fail(Reason);
            }

            Assert.Skip(Reason);
        }

        var start = new ProcessStartInfo(path, ["check", "metrics"])
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start promtool.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.StandardInput.WriteAsync(exposition.AsMemory(), cancellationToken);
        process.StandardInput.Close();
        await process.WaitForExitAsync(cancellationToken);
        Assert.True(process.ExitCode == 0, $"promtool check metrics exited {process.ExitCode}:\n{await output}{await error}");
    }
}
