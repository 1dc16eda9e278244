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
}
