using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PaperGraph.Core.Resolution;
using PaperGraph.Core.Storage;
using PaperGraph.Store.Sqlite;
using PaperGraph.Testing;

namespace PaperGraph.Api.Tests.Transport;

public sealed class NameIndexWarmupTests
{
    [Fact]
    public async Task HostStart_OnAStoreWithEntities_BuildsTheNameIndexBeforeAnyResolutionCall()
    {
        var ct = TestContext.Current.CancellationToken;
        using var temp = new TempDirectory();
        var database = temp.File("papergraph.db");
        await using (var seeded = new SqliteGraphStore(new SqliteOptions { DatabasePath = database }, Microsoft.Extensions.Logging.Abstractions.NullLogger<SqliteGraphStore>.Instance))
        {
            await seeded.InitializeAsync(ct);
            await ApiFixture.SeedAsync(seeded);
        }

        await using var factory = ApiFixture.CreateFactory(database);
        using var client = factory.CreateClient();
        var store = factory.Services.GetRequiredService<IGraphStore>();
        var entities = (await store.GetStatsAsync(ct)).Entities;

        // Only health probes from here: nothing asks for a name, so only the start-up build can make it ready.
        string? status = null;
        for (var attempt = 0; attempt < 300 && status != "Healthy"; attempt++)
        {
            using var ready = await client.GetAsync("/health/ready", ct);
            status = (string?)JsonNode.Parse(await ready.Content.ReadAsStringAsync(ct))!["checks"]!["nameIndex"]!["status"];
            if (status != "Healthy")
            {
                await Task.Delay(100, ct);
            }
        }

        Assert.Equal("Healthy", status);
        var cache = factory.Services.GetRequiredService<AliasIndexCache>();
        Assert.True(cache.IsBuilt);
        Assert.Equal(entities, (await cache.GetAsync(ct)).Entities.Count);
    }
}
