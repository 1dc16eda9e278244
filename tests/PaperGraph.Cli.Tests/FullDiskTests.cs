using PaperGraph.Core.Samples;
using PaperGraph.Testing;
using PaperGraph.Testing.Processes;

namespace PaperGraph.Cli.Tests;

/// <summary>
/// A disk that fills up ends a command with one line saying so, never a stack trace, and once there is room again a
/// re-run ends with a clean run's graph. Each test mounts a tmpfs of its own (<see cref="SmallDisk"/>).
/// </summary>
public sealed class FullDiskTests
{
    [Fact]
    public async Task Ingest_FullDisk_OneLineNoStackExitOne()
    {
        using var temp = new TempDirectory();
        SampleCorpus.ExtractTo(temp.File("samples"));
        await using var disk = await SmallDisk.MountAsync(temp.File("small"), "400k");

        var ingest = await CliRun.RunAsync(["ingest", temp.File("samples"), "--db", Path.Combine(disk.Path, "pg.db")]);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        Assert.Equal(1, ingest.ExitCode);
        var line = Assert.Single(ingest.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("full", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", ingest.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Process_IngestFillsDiskWhileLinking_LogLinesThenOneReasonNoStackExitOne()
    {
        // The real process logs what the in-process runs (logging off) cannot show: on a disk that fills once the papers
        // are stored, linking fails and so does giving the writer lease back. Each is one line, not an exception's stack.
        using var temp = new TempDirectory();
        SampleCorpus.ExtractTo(temp.File("samples"));
        // 6 MiB: the papers fit and their links do not (from 5 to 10 MiB the lease's release fails too; 4 MiB and less
        // fill up before the release, which then succeeds).
        await using var disk = await SmallDisk.MountAsync(temp.File("small"), "6m");

        var ingest = await CliProcess.RunAsync("ingest", temp.File("samples"), "--db", Path.Combine(disk.Path, "pg.db"));

        Assert.True(ingest.ExitCode == 1, ingest.Error);
        Assert.DoesNotContain("   at ", ingest.Error, StringComparison.Ordinal);
        var lines = ingest.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines[..^1], line => Assert.Matches(@"^\[\d\d:\d\d:\d\d [A-Z]{3}\] ", line)); // log lines only, no exception text
        Assert.Contains(lines, line => line.Contains("Could not release the writer lease", StringComparison.Ordinal) && line.Contains("is full", StringComparison.Ordinal));
        Assert.StartsWith("The SQLite database cannot be used: the disk holding it is full", lines[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)] // an empty store: the papers are loaded, then linked once
    [InlineData(true)] // a store holding a listing file: linked batch by batch
    public async Task Ingest_DiskFullBetweenPapersAndTheirLinksThenRoomAndRunAgain_ExportEqualsACleanRun(bool holdsPapersFirst)
    {
        using var temp = new TempDirectory();
        var ct = TestContext.Current.CancellationToken;
        var samples = temp.File("samples");
        SampleCorpus.ExtractTo(samples);
        var first = holdsPapersFirst ? Directory.GetFiles(samples).Order(StringComparer.Ordinal).First() : null;
        await using var disk = await SmallDisk.MountAsync(temp.File("disk"), "64m");
        try
        {
            var clean = Path.Combine(disk.Path, "clean.db");
            var (expected, total, usedKib) = await CleanRunAsync(samples, first, clean, disk.Path, ct);
            File.Delete(clean);

            // The same run on a disk a little smaller than that fills it while linking: papers are committed, their links
            // not (batch by batch, during the last batch; loading an empty store, during the one linking pass). At exactly
            // the clean run's size the last links can just fit, as the catalog's write-ahead log leaves room that the
            // database's growth reuses.
            var database = Path.Combine(disk.Path, "pg.db");
            await IngestFirstAsync(first, database);
            await disk.ResizeAsync($"{usedKib - SlackKib}k");
            var full = await CliProcess.RunAsync("ingest", samples, "--db", database, "--batch-size", BatchSize);
            Assert.True(full.ExitCode == 1, $"On {usedKib} KiB ingest ended {full.ExitCode}: {full.Error}");
            Assert.Contains("the disk holding it is full", full.Error, StringComparison.Ordinal);
            var (stored, unlinked) = (await IngestedDatabase.PaperCountAsync(database, ct), await IngestedDatabase.LinkPendingCountAsync(database, ct));
            Assert.True(stored <= total && unlinked > 0, $"On {usedKib} KiB {stored} of {total} papers were stored, {unlinked} waiting for links: the disk must fill between papers and their links.");

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            await disk.ResizeAsync("64m"); // room again, the files in place
            var rerun = await CliProcess.RunAsync("ingest", samples, "--db", database, "--batch-size", BatchSize);

            Assert.True(rerun.ExitCode == 0, rerun.Error);
            Assert.Equal(expected, await IngestedDatabase.ExportAsync(database));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
    }

    private const long SlackKib = 64;

    // Batches of 100: the last batch's links then need far more room than the slack (the test passes with 512 KiB of it).
    // With batches of 20 the last batch's few links fitted in pages freed before, so a disk 16–64 KiB short filled while
    // that batch's papers were stored, not between papers and links (seen after the catalog changes of 2026-12-08).
    private const string BatchSize = "100";

    /// <summary>Ingests one listing file first, when the test asks for a store that holds papers before the run.</summary>
    private static async Task IngestFirstAsync(string? first, string database)
    {
        if (first is not null)
        {
            var ingest = await CliProcess.RunAsync("ingest", first, "--db", database);
            Assert.True(ingest.ExitCode == 0, ingest.Error);
        }
    }

    /// <summary>
    /// A clean run into <paramref name="database"/> on the disk at <paramref name="mount"/>: its export, its papers, and
    /// the KiB of the disk it used once every write was done. A connection held open meanwhile keeps the write-ahead log
    /// (about 5 MB, from the catalog's first write) beside the database after the run, so that is read as it stood.
    /// </summary>
    private static async Task<(string Export, long Papers, long UsedKib)> CleanRunAsync(string samples, string? first, string database, string mount, CancellationToken ct)
    {
        Assert.Equal(0, (await CliProcess.RunAsync("stats", "--db", database)).ExitCode); // the file, for the held connection
        await IngestFirstAsync(first, database);
        long usedKib;
        await using (var held = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Pooling=False"))
        {
            await held.OpenAsync(ct);
            await using (var read = new Microsoft.Data.Sqlite.SqliteCommand("SELECT count(*) FROM papers", held))
            {
                await read.ExecuteScalarAsync(ct); // a reader of the database, so the run's close is not its last
            }

            var ingest = await CliProcess.RunAsync("ingest", samples, "--db", database, "--batch-size", BatchSize);
            Assert.True(ingest.ExitCode == 0, ingest.Error);
            var disk = new DriveInfo(mount);
            usedKib = (disk.TotalSize - disk.TotalFreeSpace) / 1024;
        }

        var export = await IngestedDatabase.ExportAsync(database);
        var papers = await IngestedDatabase.PaperCountAsync(database, ct);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return (export, papers, usedKib);
    }
}
