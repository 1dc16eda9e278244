using System.Diagnostics;
using Microsoft.Data.Sqlite;
using PaperGraph.Testing;

namespace PaperGraph.Store.Sqlite.Tests;

/// <summary>A statement that runs long in one step stops when its token is cancelled, not when it ends.</summary>
public sealed class SqliteInterruptTests
{
    private const string Endless = """
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000000000) SELECT COUNT(*) FROM n
        """;

    [Fact]
    public async Task On_TokenCancelledMidStatement_StatementEndsWithInterrupt()
    {
        using var temp = new TempDirectory();
        await using var connection = new SqliteConnection($"Data Source={temp.File("i.db")}");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new SqliteCommand(Endless, connection);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<SqliteException>(async () =>
        {
            using var interrupt = SqliteInterrupt.On(connection, cancel.Token);
            await command.ExecuteScalarAsync(CancellationToken.None); // the token reaches SQLite only through the interrupt
        });

        Assert.True(SqliteInterrupt.WasCancelled(error, cancel.Token));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }
}
