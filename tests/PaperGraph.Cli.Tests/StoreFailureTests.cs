using System.Diagnostics;
using PaperGraph.Core.Samples;
using PaperGraph.Testing;
using PaperGraph.Testing.Processes;

namespace PaperGraph.Cli.Tests;

/// <summary>An SQLite file that cannot be written ends a command with one line saying why, never a stack trace.</summary>
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
            await RunAsync("chattr", "-i", db);
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
            await RunAsync("chattr", "-i", db);
        }
    }

    [Fact]
    public async Task Ingest_FullDisk_OneLineNoStackExitOne()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() && Environment.UserName == "root", "Mounting a small tmpfs needs root on Linux.");
        using var temp = new TempDirectory();
        SampleCorpus.ExtractTo(temp.File("samples"));
        var mount = temp.File("small");
        Directory.CreateDirectory(mount);
        Assert.SkipUnless(await RunAsync("mount", "-t", "tmpfs", "-o", "size=400k", "tmpfs", mount) == 0, "tmpfs cannot be mounted here.");
        try
        {
            var ingest = await CliRun.RunAsync(["ingest", temp.File("samples"), "--db", Path.Combine(mount, "pg.db")]);

            Assert.Equal(1, ingest.ExitCode);
            var line = Assert.Single(ingest.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains("full", line, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", ingest.Error, StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            await RunAsync("umount", "-l", mount);
        }
    }

    [Fact]
    public async Task Process_IngestFillsDiskWhileLinking_LogLinesThenOneReasonNoStackExitOne()
    {
        // The real process logs what the in-process runs (logging off) cannot show: on a disk that fills once the papers
        // are stored, linking fails and so does giving the writer lease back. Each is one line, not an exception's stack.
        Assert.SkipUnless(OperatingSystem.IsLinux() && Environment.UserName == "root", "Mounting a small tmpfs needs root on Linux.");
        using var temp = new TempDirectory();
        SampleCorpus.ExtractTo(temp.File("samples"));
        var mount = temp.File("small");
        Directory.CreateDirectory(mount);
        // 6 MiB: the papers fit and their links do not (from 5 to 10 MiB the lease's release fails too; 4 MiB and less
        // fill up before the release, which then succeeds).
        Assert.SkipUnless(await RunAsync("mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", mount) == 0, "tmpfs cannot be mounted here.");
        try
        {
            var ingest = await CliProcess.RunAsync("ingest", temp.File("samples"), "--db", Path.Combine(mount, "pg.db"));

            Assert.True(ingest.ExitCode == 1, ingest.Error);
            Assert.DoesNotContain("   at ", ingest.Error, StringComparison.Ordinal);
            var lines = ingest.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.All(lines[..^1], line => Assert.Matches(@"^\[\d\d:\d\d:\d\d [A-Z]{3}\] ", line)); // log lines only, no exception text
            Assert.Contains(lines, line => line.Contains("Could not release the writer lease", StringComparison.Ordinal) && line.Contains("is full", StringComparison.Ordinal));
            Assert.StartsWith("The SQLite database cannot be used: the disk holding it is full", lines[^1], StringComparison.Ordinal);
        }
        finally
        {
            await RunAsync("umount", "-l", mount);
        }
    }

    [Fact]
    public async Task Ingest_DiskFullBetweenPapersAndTheirLinksThenRoomAndRunAgain_ExportEqualsACleanRun()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() && Environment.UserName == "root", "Mounting a small tmpfs needs root on Linux.");
        using var temp = new TempDirectory();
        var ct = TestContext.Current.CancellationToken;
        var samples = temp.File("samples");
        SampleCorpus.ExtractTo(samples);
        var mount = temp.File("disk");
        Directory.CreateDirectory(mount);
        Assert.SkipUnless(await RunAsync("mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", mount) == 0, "tmpfs cannot be mounted here.");
        try
        {
            var clean = Path.Combine(mount, "clean.db");
            var (expected, total, usedKib) = await CleanRunAsync(samples, clean, mount, ct);
            File.Delete(clean);

            // The same run on a disk of that size fills it during the last batch: its papers are committed, their links not.
            Assert.Equal(0, await RunAsync("mount", "-o", $"remount,size={usedKib}k", mount));
            var database = Path.Combine(mount, "pg.db");
            var full = await CliProcess.RunAsync("ingest", samples, "--db", database, "--batch-size", "20");
            Assert.True(full.ExitCode == 1, $"On {usedKib} KiB ingest ended {full.ExitCode}: {full.Error}");
            Assert.Contains("the disk holding it is full", full.Error, StringComparison.Ordinal);
            var (stored, unlinked) = (await IngestedDatabase.PaperCountAsync(database, ct), await IngestedDatabase.LinkPendingCountAsync(database, ct));
            Assert.True(stored < total && unlinked > 0, $"On {usedKib} KiB {stored} of {total} papers were stored, {unlinked} waiting for links: the disk must fill between a batch's papers and its links.");

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Assert.Equal(0, await RunAsync("mount", "-o", "remount,size=64m", mount)); // room again, the files in place
            var rerun = await CliProcess.RunAsync("ingest", samples, "--db", database, "--batch-size", "20");

            Assert.True(rerun.ExitCode == 0, rerun.Error);
            Assert.Equal(expected, await IngestedDatabase.ExportAsync(database));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            await RunAsync("umount", "-l", mount);
        }
    }

    /// <summary>
    /// A clean run into <paramref name="database"/> on the disk at <paramref name="mount"/>: its export, its papers, and
    /// the KiB of the disk it used once every write was done. A connection held open meanwhile keeps the write-ahead log
    /// (about 5 MB, from the catalog's first write) beside the database after the run, so that is read as it stood.
    /// </summary>
    private static async Task<(string Export, long Papers, long UsedKib)> CleanRunAsync(string samples, string database, string mount, CancellationToken ct)
    {
        Assert.Equal(0, (await CliProcess.RunAsync("stats", "--db", database)).ExitCode); // the file, for the held connection
        long usedKib;
        await using (var held = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Pooling=False"))
        {
            await held.OpenAsync(ct);
            await using (var read = new Microsoft.Data.Sqlite.SqliteCommand("SELECT count(*) FROM papers", held))
            {
                await read.ExecuteScalarAsync(ct); // a reader of the database, so the run's close is not its last
            }

            var ingest = await CliProcess.RunAsync("ingest", samples, "--db", database, "--batch-size", "20");
            Assert.True(ingest.ExitCode == 0, ingest.Error);
            var disk = new DriveInfo(mount);
            usedKib = (disk.TotalSize - disk.TotalFreeSpace) / 1024;
        }

        var export = await IngestedDatabase.ExportAsync(database);
        var papers = await IngestedDatabase.PaperCountAsync(database, ct);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return (export, papers, usedKib);
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
            Assert.SkipUnless(await RunAsync("chattr", "+i", db) == 0, "root ignores file modes and chattr is unavailable.");
        }
    }

    private static async Task<int> RunAsync(string file, params string[] args)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return -1;
        }
    }
}
