namespace PaperGraph.Cli.Tests;

/// <summary>Usage errors exit 2 with the error and a one-line hint on stderr, unlike failures (1); no help page is printed.</summary>
public sealed class UsageErrorTests
{
    [Theory]
    [InlineData("stats --frobnicate", "Unrecognized command or argument '--frobnicate'.", "Run 'papergraph stats --help' for usage.")]
    [InlineData("search", "Required argument 'QUERY' missing for command: 'search'.", "Run 'papergraph search --help' for usage.")]
    [InlineData("quarantine list --bogus", "Unrecognized command or argument '--bogus'.", "Run 'papergraph quarantine list --help' for usage.")]
    [InlineData("frobnicate", "Unrecognized command or argument 'frobnicate'.", "Run 'papergraph --help' for usage.")]
    public async Task UsageError_ExitsTwo_ErrorAndHintOnStderr_NothingOnStdout(string arguments, string expectedError, string expectedHint)
    {
        var (exitCode, output, error) = await CliRun.RunAsync(arguments.Split(' '));

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains(expectedError, lines);
        Assert.Equal(expectedHint, lines[^1]);
        Assert.DoesNotContain("Description:", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_IsNotAnError_ExitsZeroOnStdout()
    {
        var (exitCode, output, _) = await CliRun.RunAsync(["stats", "--help"]);

        Assert.Equal(0, exitCode);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
    }
}
