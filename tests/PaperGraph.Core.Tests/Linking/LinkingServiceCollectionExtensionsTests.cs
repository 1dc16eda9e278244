using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Linking;
using PaperGraph.Core.Storage;
using PaperGraph.Store.Sqlite;
using PaperGraph.Testing;

namespace PaperGraph.Core.Tests.Linking;

public sealed class LinkingServiceCollectionExtensionsTests
{
    private static IHost Host(TempDirectory directory, params (string Key, string Value)[] settings)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings.Append((Key: "Sqlite:DatabasePath", Value: directory.File("g.db")))
            .Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)));
        builder.Services.AddLogging();
        builder.Services.AddSqliteGraphStore();
        builder.Services.AddLinking();
        return builder.Build();
    }

    [Fact]
    public async Task AddLinking_WithBadBatchSize_FailsAtStartNamingTheKey()
    {
        using var directory = new TempDirectory();
        using var host = Host(directory, ("Linking:BatchSize", "0"));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains(nameof(GraphLinkerOptions.BatchSize), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddLinking_WithStore_ResolvesOneLinkerThatLinksStoredPapers()
    {
        using var directory = new TempDirectory();
        using var host = Host(directory, ("Linking:BatchSize", "7"));
        await host.StartAsync(TestContext.Current.CancellationToken);
        var store = host.Services.GetRequiredService<IGraphStore>();
        await store.InitializeAsync(TestContext.Current.CancellationToken);
        var paper = new Paper { Id = "p", Title = "Selective scans", Abstract = "We compare Mamba with S4 on long sequences." };
        await store.UpsertPapersAsync([new PaperRecord(paper, "test", 1, "h", DateTimeOffset.UnixEpoch)], TestContext.Current.CancellationToken);

        var linker = host.Services.GetRequiredService<GraphLinker>();
        await linker.LinkAsync([paper.Id], TestContext.Current.CancellationToken);

        Assert.Same(linker, host.Services.GetRequiredService<GraphLinker>());
        Assert.Equal(7, host.Services.GetRequiredService<IOptions<GraphLinkerOptions>>().Value.BatchSize);
        var mentions = (await store.GetMentionsAsync([paper.Id], TestContext.Current.CancellationToken))[paper.Id];
        Assert.Equal(["pwc:mamba", "curated:s4"], mentions.Select(m => m.EntityId));
        await host.StopAsync(TestContext.Current.CancellationToken);
    }
}
