using PaperGraph.Core.Samples;
using PaperGraph.Testing;

namespace PaperGraph.Cli.Tests;

/// <summary>An SQLite file that cannot be written ends a command with one line saying why, never a stack trace (a full disk: <see cref="FullDiskTests"/>).</summary>
public sealed class StoreFailureTests
{
    [Fact]
    public async Task Ingest_ReadOnlyDatabase_OneLineNoStackExitOne()
    {
        using var temp = new TempDirectory();
        SampleCorpus.ExtractTo(temp.File("samples"));
        var db = temp.File("pg.db");
        Assert.Equal(0, (await CliRun.RunAsync(["stats", "--db", db])).ExitCode); // creates it
        await MakeReadOnlyAsync(db);
        try
        {
            var ingest = await CliRun.RunAsync(["ingest", temp.File("samples"), "--db", db]);

            Assert.Equal(1, ingest.ExitCode);
            var line = Assert.Single(ingest.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains("read-only", line, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", ingest.Error, StringComparison.Ordinal);
        }
        finally
        {
            await ExternalTool.ExitCodeAsync("chattr", "-i", db);
        }
    }

    [Fact]
    public async Task Stats_DatabaseFolderCannotBeMade_OneLineNoStackExitOne()
    {
        // The database's folder would have to be made under a regular file: the folder creation itself fails.
        using var temp = new TempDirectory();
        var file = temp.File("a-file");
        await File.WriteAllTextAsync(file, "not a folder", TestContext.Current.CancellationToken);

        var stats = await CliRun.RunAsync(["stats", "--db", Path.Combine(file, "sub", "pg.db")]);

        Assert.Equal(1, stats.ExitCode);
        var line = Assert.Single(stats.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("Cannot open the SQLite database:", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stats.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatsAndSearch_ReadOnlyDatabase_AnswerFromTheFile()
    {
        using var temp = new TempDirectory();
        var db = temp.File("pg.db");
        SampleCorpus.ExtractTo(temp.File("samples"));
        Assert.Equal(0, (await CliRun.RunAsync(["ingest", temp.File("samples"), "--db", db])).ExitCode);
        await MakeReadOnlyAsync(db);
        try
        {
            var stats = await CliRun.RunAsync(["stats", "--json", "--db", db]);
            var search = await CliRun.RunAsync(["search", "selective state space", "--limit", "1", "--db", db]);

            Assert.Equal((0, 0), (stats.ExitCode, search.ExitCode));
            Assert.Contains("\"papers\":372", stats.Output, StringComparison.Ordinal);
            Assert.Single(search.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }
        finally
        {
            await ExternalTool.ExitCodeAsync("chattr", "-i", db);
        }
    }

    /// <summary>chmod is enough for other users; root ignores it, so root makes the file immutable.</summary>
    private static async Task MakeReadOnlyAsync(string db)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (OperatingSystem.IsLinux())
        {
            File.SetUnixFileMode(db, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }

        if (Environment.UserName == "root")
        {
            Assert.SkipUnless(await ExternalTool.ExitCodeAsync("chattr", "+i", db) == 0, "root ignores file modes and chattr is unavailable.");
        }
    }
}
