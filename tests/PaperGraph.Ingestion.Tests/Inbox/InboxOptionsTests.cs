using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PaperGraph.Store.Sqlite;
using PaperGraph.Testing;
using PaperGraph.Ingestion.Inbox;

namespace PaperGraph.Ingestion.Tests.Inbox;

public sealed class InboxOptionsTests
{
    [Fact]
    public async Task AddInboxWorker_NoInboxConfigured_FailsAtStartNamingTheKey()
    {
        using var temp = new TempDirectory();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddSqliteGraphStore(o => o.DatabasePath = temp.File("pg.db"));
        builder.Services.AddInboxWorker();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("Ingestion:Inbox", error.Message, StringComparison.Ordinal);
    }
}
