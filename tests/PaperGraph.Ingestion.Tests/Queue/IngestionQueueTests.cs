using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using PaperGraph.Core.Ingestion;
using PaperGraph.Core.Telemetry;
using PaperGraph.Store.Sqlite;
using PaperGraph.Testing;
using PaperGraph.Testing.Metrics;
using PaperGraph.Ingestion.Queue;
using PaperGraph.Ingestion.Status;
using PaperGraph.Ingestion.Tests.Infrastructure;

namespace PaperGraph.Ingestion.Tests.Queue;

public sealed class IngestionQueueTests
{
    [Fact]
    public async Task Enqueue_QueueFull_RefusesWithTypedExceptionAndNeverBuffers()
    {
        var options = new IngestionQueueOptions { QueueCapacity = 2, RetryAfter = TimeSpan.FromSeconds(7) };
        var status = new IngestionStatus(options, TimeProvider.System);
        var queue = new IngestionQueue(options, status);

        queue.Enqueue(Source("a.jsonl", 1), IngestionQueue.GraphQLOrigin);
        queue.Enqueue(Source("b.jsonl", 1), IngestionQueue.GraphQLOrigin);
        var refused = Assert.Throws<IngestionQueueFullException>(() => queue.Enqueue(Source("c.jsonl", 1), IngestionQueue.GraphQLOrigin));
        var waiting = queue.EnqueueAsync(Source("d.jsonl", 1), IngestionQueue.InboxOrigin, linkEveryPaper: false, TestContext.Current.CancellationToken);
        await Task.Delay(100, TestContext.Current.CancellationToken);

        Assert.Equal(2, refused.Capacity);
        Assert.Equal(TimeSpan.FromSeconds(7), refused.RetryAfter);
        Assert.False(waiting.IsCompleted); // the inbox waits for room instead
        Assert.Equal(1, status.Snapshot().Rejected);
        Assert.True(queue.Reader.TryRead(out var first));
        Assert.Equal("a.jsonl", first.Source.Name);
        var ticket = await waiting.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        Assert.Equal("d.jsonl", ticket.Name);
        Assert.Equal(3, queue.Reader.Count + 1);
    }

    [Fact]
    public async Task Processor_RunsJobs_ReceiptsAndStatusAndMetricsAgree()
    {
        using var temp = new TempDirectory();
        var ct = TestContext.Current.CancellationToken;
        await using var store = new SqliteGraphStore(new SqliteOptions { DatabasePath = temp.File("pg.db") }, NullLogger<SqliteGraphStore>.Instance);
        await store.InitializeAsync(ct);
        var options = new IngestionQueueOptions { QueueCapacity = 4, MaxConcurrency = 2, BatchSize = 7, RecentFiles = 2 };
        var status = new IngestionStatus(options, TimeProvider.System);
        var queue = new IngestionQueue(options, status);
        var pipeline = new IngestionPipeline(store, TimeProvider.System, NullLogger<IngestionPipeline>.Instance);
        using var processor = new IngestionQueueProcessor(queue, pipeline, status, options, TimeProvider.System, NullLogger<IngestionQueueProcessor>.Instance);
        await processor.StartAsync(ct);

        var tickets = Enumerable.Range(0, 3).Select(i => queue.Enqueue(Source($"f{i}.jsonl", 20, first: i * 20), IngestionQueue.GraphQLOrigin)).ToArray();
        var receipts = await Task.WhenAll(tickets.Select(t => t.Completion)).WaitAsync(TimeSpan.FromSeconds(30), ct);
        await processor.StopAsync(ct);
        var snapshot = status.Snapshot();
        using var telemetry = new PaperGraphTelemetry();
        _ = new IngestionMetrics(telemetry, status);
        var metrics = MeterReadings.Observe(telemetry.Meter);

        Assert.All(receipts, r => Assert.Equal((20, 20), (r.Created, r.PaperIds.Count)));
        Assert.Equal(60, (await store.GetStatsAsync(ct)).Papers);
        Assert.Equal((0, 0, 3, 0, 60), (snapshot.Queued, snapshot.Processing, snapshot.Done, snapshot.Failed, snapshot.PapersCreated));
        Assert.Equal(2, snapshot.Recent.Count);
        Assert.Equal(3, metrics.Value("papergraph.ingestion.files", ("outcome", "done")));
        Assert.Equal(0, metrics.Value("papergraph.ingestion.files", ("outcome", "failed")));
        Assert.Equal(60, metrics.Value("papergraph.ingestion.papers", ("result", "created")));
        Assert.Equal(0, metrics.Value("papergraph.ingestion.queued"));
    }

    private static IngestionSource Source(string name, int papers, int first = 0)
    {
        var bytes = Encoding.UTF8.GetBytes(SyntheticPapers.Jsonl(first, papers));
        return new IngestionSource(name, () => new MemoryStream(bytes), bytes.Length);
    }
}
