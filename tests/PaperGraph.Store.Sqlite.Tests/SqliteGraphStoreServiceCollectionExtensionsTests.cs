using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PaperGraph.Core.Storage;
using PaperGraph.Testing;

namespace PaperGraph.Store.Sqlite.Tests;

public sealed class SqliteGraphStoreServiceCollectionExtensionsTests
{
    private static HostApplicationBuilder Builder(params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)));
        builder.Services.AddLogging();
        builder.Services.AddSqliteGraphStore();
        return builder;
    }

    [Fact]
    public async Task AddSqliteGraphStore_WithoutDatabasePath_FailsAtStartNamingTheKey()
    {
        using var host = Builder().Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains(nameof(SqliteOptions.DatabasePath), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddSqliteGraphStore_WithBadBatchSize_FailsAtStart()
    {
        using var directory = new TempDirectory();
        using var host = Builder(("Sqlite:DatabasePath", directory.File("g.db")), ("Sqlite:BatchSize", "0")).Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains(nameof(SqliteOptions.BatchSize), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddSqliteGraphStore_WithZeroSearchRankLimit_FailsAtStart()
    {
        using var directory = new TempDirectory();
        using var host = Builder(("Sqlite:DatabasePath", directory.File("g.db")), ("Sqlite:SearchRankLimit", "0")).Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains(nameof(SqliteOptions.SearchRankLimit), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddSqliteGraphStore_WithSection_RegistersOneSqliteStore()
    {
        using var directory = new TempDirectory();
        using var host = Builder(("Sqlite:DatabasePath", directory.File("g.db"))).Build();
        await host.StartAsync(TestContext.Current.CancellationToken);

        var store = host.Services.GetRequiredService<IGraphStore>();
        await store.InitializeAsync(TestContext.Current.CancellationToken);

        var sqlite = Assert.IsType<SqliteGraphStore>(store);
        Assert.Same(sqlite, host.Services.GetRequiredService<SqliteGraphStore>());
        Assert.Equal(directory.File("g.db"), sqlite.DatabasePath);
        Assert.Equal(new StoreStats(0, 0, 0, 0, 0), await store.GetStatsAsync(TestContext.Current.CancellationToken));
        await host.StopAsync(TestContext.Current.CancellationToken);
        await sqlite.DisposeAsync();
    }
}
