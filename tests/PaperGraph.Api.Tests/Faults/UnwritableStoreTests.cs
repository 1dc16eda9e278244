using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using PaperGraph.Store.Sqlite;
using PaperGraph.Testing;

namespace PaperGraph.Api.Tests.Faults;

/// <summary>
/// An SQLite store that answers reads but cannot be written: readiness answers 503 saying why, and a write through
/// GraphQL is one typed error, never a stack.
/// </summary>
public sealed class UnwritableStoreTests
{
    private const string Mutation = """mutation { ingest(documents: [{ title: "A Paper Written To A Read-Only Store", abstract: "We study widgets." }]) { status } }""";

    [Fact]
    public async Task Ready_ReadOnlyDatabase_Answers503SayingReadOnlyAndIngestIsOneTypedError()
    {
        using var temp = new TempDirectory();
        var database = temp.File("ro.db");
        await CreateAsync(database);
        await MakeReadOnlyAsync(database);
        try
        {
            await using var factory = ApiFixture.CreateFactory(database);
            using var client = factory.CreateClient();

            var (status, store) = await ReadyAsync(client);
            var (mutationStatus, body) = await new ApiClient(client).PostAsync(Mutation);

            Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
            Assert.Equal("Unhealthy", (string?)store["status"]);
            Assert.Contains("read-only", (string?)store["error"], StringComparison.Ordinal);
            Assert.Equal(200, mutationStatus);
            var error = Assert.Single(body["errors"]!.AsArray())!;
            Assert.Equal("STORE_NOT_WRITABLE", (string?)error["extensions"]!["code"]);
            Assert.Contains("read-only", (string?)error["message"], StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", body.ToJsonString(), StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            await ExternalTool.ExitCodeAsync("chattr", "-i", database);
        }
    }

    [Fact]
    public async Task Ready_DiskFillsUpThenFrees_Answers503ThenReadyAgain()
    {
        using var temp = new TempDirectory();
        await using var disk = await SmallDisk.MountAsync(temp.File("small"), "2m");
        try
        {
            var database = Path.Combine(disk.Path, "pg.db");
            await CreateAsync(database);
            await using var factory = ApiFixture.CreateFactory(database);
            using var client = factory.CreateClient();
            var (before, _) = await ReadyAsync(client);

            var filler = Path.Combine(disk.Path, "filler");
            await FillAsync(filler);
            var (full, store) = await ReadyAsync(client);
            File.Delete(filler);
            var (after, _) = await ReadyAsync(client);

            Assert.Equal(HttpStatusCode.OK, before);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, full);
            Assert.Contains("full", (string?)store["error"], StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, after);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
    }

    private static async Task CreateAsync(string database)
    {
        await using var store = new SqliteGraphStore(new SqliteOptions { DatabasePath = database }, NullLogger<SqliteGraphStore>.Instance);
        await store.InitializeAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<(HttpStatusCode Status, JsonNode Store)> ReadyAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/health/ready", TestContext.Current.CancellationToken);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        return (response.StatusCode, body["checks"]!["store"]!);
    }

    /// <summary>Writes until the file system refuses: the disk is full.</summary>
    private static async Task FillAsync(string path)
    {
        var block = new byte[64 * 1024];
        await using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1);
        try
        {
            while (true)
            {
                await stream.WriteAsync(block, TestContext.Current.CancellationToken);
            }
        }
        catch (IOException)
        {
            // ENOSPC
        }
    }

    /// <summary>chmod is enough for other users; root ignores it, so root makes the file immutable.</summary>
    private static async Task MakeReadOnlyAsync(string database)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (OperatingSystem.IsLinux())
        {
            File.SetUnixFileMode(database, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }

        if (Environment.UserName == "root")
        {
            Assert.SkipUnless(await ExternalTool.ExitCodeAsync("chattr", "+i", database) == 0, "root ignores file modes and chattr is unavailable.");
        }
    }
}
