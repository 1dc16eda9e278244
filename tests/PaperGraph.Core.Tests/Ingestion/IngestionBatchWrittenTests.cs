using System.Text;
using PaperGraph.Core.Ingestion;
using PaperGraph.Core.Storage;

namespace PaperGraph.Core.Tests.Ingestion;

public sealed class IngestionBatchWrittenTests
{
    [Fact]
    public async Task RunAsync_BatchWrittenAsync_SeesEveryOutcomeAndQuarantinedRecordEvenWhenNothingChanged()
    {
        await using var harness = await SqliteIngestion.CreateAsync();
        var lines = new StringBuilder();
        for (var n = 0; n < 5; n++)
        {
            lines.Append("{\"title\": \"Paper ").Append(n).Append("\", \"abstract\": \"Abstract ").Append(n).Append(".\"}\n");
        }

        var path = harness.WriteFile("five.jsonl", Encoding.UTF8.GetBytes(lines + "[1]\n"));
        var batches = new List<IngestionBatch>();
        var options = new IngestionOptions
        {
            BatchSize = 2,
            BatchWrittenAsync = (batch, _) =>
            {
                batches.Add(batch);
                return Task.CompletedTask;
            },
        };

        await harness.IngestAsync([IngestionSource.FromFile(path)], options);
        var first = batches.ToArray();
        batches.Clear();
        await harness.IngestAsync([IngestionSource.FromFile(path)], options);

        Assert.Equal([2, 2, 1], first.Select(b => b.Papers.Count));
        Assert.All(first.SelectMany(b => b.Papers), o => Assert.Equal(UpsertResult.Created, o.Result));
        Assert.Equal(["not-an-object"], first.SelectMany(b => b.Quarantined).Select(q => q.ReasonCode));
        Assert.Equal([2, 2, 1], batches.Select(b => b.Papers.Count));
        Assert.All(batches.SelectMany(b => b.Papers), o => Assert.Equal(UpsertResult.Unchanged, o.Result));
        Assert.Equal(first.SelectMany(b => b.Papers).Select(o => o.PaperId), batches.SelectMany(b => b.Papers).Select(o => o.PaperId));
    }

    [Fact]
    public async Task RunAsync_BadRecordsBetweenPapersAcrossBatches_PositionsRestoreSourceOrder()
    {
        await using var harness = await SqliteIngestion.CreateAsync();
        // Positions 0..6: paper, bad, paper, paper, bad, bad, paper; batches of 2 split them.
        const string source = """
            {"title": "P0", "abstract": "A0."}
            [1]
            {"title": "P2", "abstract": "A2."}
            {"title": "P3", "abstract": "A3."}
            {"title": "No abstract", "abstract": ""}
            [5]
            {"title": "P6", "abstract": "A6."}

            """;
        var path = harness.WriteFile("mixed.jsonl", Encoding.UTF8.GetBytes(source));
        var batches = new List<IngestionBatch>();
        var options = new IngestionOptions
        {
            BatchSize = 2,
            BatchWrittenAsync = (batch, _) =>
            {
                batches.Add(batch);
                return Task.CompletedTask;
            },
        };

        await harness.IngestAsync([IngestionSource.FromFile(path)], options);

        var order = batches
            .SelectMany(b => b.PaperPositions.Select((p, i) => (Position: p, What: b.Papers[i].PaperId))
                .Concat(b.QuarantinedPositions.Select((p, i) => (Position: p, What: b.Quarantined[i].ReasonCode))))
            .OrderBy(o => o.Position)
            .ToArray();
        Assert.True(batches.Count > 1, "the source spans several batches");
        Assert.Equal([0L, 1, 2, 3, 4, 5, 6], order.Select(o => o.Position));
        Assert.Equal(["not-an-object", "empty-abstract", "not-an-object"], order.Where(o => o.Position is 1 or 4 or 5).Select(o => o.What));
        Assert.All(order.Where(o => o.Position is 0 or 2 or 3 or 6), o => Assert.StartsWith("title:", o.What, StringComparison.Ordinal));
    }
}
