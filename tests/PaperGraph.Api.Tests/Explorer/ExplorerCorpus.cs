using System.IO.Compression;
using System.Text;
using PaperGraph.Core.Ingestion;
using PaperGraph.Core.Linking;
using PaperGraph.Core.Samples;
using PaperGraph.Core.Storage;
using PaperGraph.Testing;

namespace PaperGraph.Api.Tests.Explorer;

/// <summary>
/// What the explorer's browser tests explore, the same on both stores: the five listing pages (no years)
/// and the oldest <see cref="DatedPapers"/> papers of the dated sample, so charts and year facets have data
/// while a Neo4j seed stays quick.
/// </summary>
internal static class ExplorerCorpus
{
    public const int DatedPapers = 600;

    public static async Task SeedAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        var dated = await FirstDatedLinesAsync(cancellationToken);
        IReadOnlyList<IngestionSource> sources =
        [
            .. SampleCorpus.FileNames.Select(name => new IngestionSource(name, () => SampleCorpus.Open(name))),
            new IngestionSource("dated.jsonl", () => new MemoryStream(dated, writable: false)),
        ];
        await LinkedIngest.IngestAsync(store, new LinkerDictionary(EntityCatalog.LoadEmbedded()), sources, batchSize: 1_000, cancellationToken);
    }

    private static async Task<byte[]> FirstDatedLinesAsync(CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(new GZipStream(DatedSample.Open(), CompressionMode.Decompress), Encoding.UTF8);
        var text = new StringBuilder();
        for (var i = 0; i < DatedPapers && await reader.ReadLineAsync(cancellationToken) is { } line; i++)
        {
            text.Append(line).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
