using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace PaperGraph.Api.Tests.Faults;

/// <summary>
/// An operation still running at <c>GraphQL:ExecutionTimeout</c> answers then, with one typed <c>TIMEOUT</c> error
/// and no partial data, and the store call it waits on is cancelled (which interrupts a running SQLite statement:
/// SqliteInterruptTests), not left to run on.
/// </summary>
public sealed class ExecutionTimeoutTests(ApiFixture api)
{
    [Fact]
    public async Task Search_StoreStillBusyAtTheTimeout_AnswersTimeoutAndCancelsTheStoreCall()
    {
        await using var factory = api.Factory.WithWebHostBuilder(web => web.UseSetting("GraphQL:ExecutionTimeout", "00:00:01"));
        using var client = factory.CreateClient();
        // A cold host spends its first request building the schema, which could itself time out: warm it first.
        var (_, warm) = await new ApiClient(client).PostAsync("query Warm { papers(search: \"model\", first: 10) { totalCount edges { node { title } } } }");
        Assert.Null(warm["errors"]);
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        factory.Services.GetRequiredService<CountingGraphStore>().BeforeQueryPapers = async ct =>
        {
            // A statement that would run for minutes, as a search repeating a common word once did.
            using var registration = ct.Register(() => cancelled.TrySetResult());
            await Task.Delay(TimeSpan.FromMinutes(5), ct);
        };
        var watch = Stopwatch.StartNew();

        var (_, body) = await new ApiClient(client).PostAsync("""query SlowSearch { papers(search: "model model model", first: 10) { totalCount edges { node { title } } } }""");

        watch.Stop();
        var error = Assert.Single(body["errors"]!.AsArray())!;
        Assert.Equal("TIMEOUT", (string?)error["extensions"]!["code"]);
        Assert.Null(body["data"]?["papers"]);
        Assert.DoesNotContain("   at ", body.ToJsonString(), StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"answered after {watch.Elapsed}");
        await cancelled.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
    }
}
