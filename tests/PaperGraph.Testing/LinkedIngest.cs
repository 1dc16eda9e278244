using Microsoft.Extensions.Logging.Abstractions;
using PaperGraph.Core.Export;
using PaperGraph.Core.Ingestion;
using PaperGraph.Core.Linking;
using PaperGraph.Core.Samples;
using PaperGraph.Core.Storage;

namespace PaperGraph.Testing;

/// <summary>What <c>papergraph ingest</c> then <c>papergraph export</c> do, over any store: the sample corpus through the real pipeline, linking after every batch.</summary>
public static class LinkedIngest
{
    public static Task<IngestionSummary> IngestSamplesAsync(IGraphStore store, LinkerDictionary catalog, int batchSize, CancellationToken ct) =>
        IngestAsync(store, catalog, [.. SampleCorpus.FileNames.Select(name => new IngestionSource(name, () => SampleCorpus.Open(name)))], batchSize, ct);

    /// <summary>Any sources through the real pipeline, linking after every batch.</summary>
    public static async Task<IngestionSummary> IngestAsync(IGraphStore store, LinkerDictionary catalog, IReadOnlyList<IngestionSource> sources, int batchSize, CancellationToken ct)
    {
        using var linker = new GraphLinker(store, new LinkerDictionaryCache(catalog), new PaperLinker(), new GraphLinkerOptions(), NullLogger<GraphLinker>.Instance);
        var options = new IngestionOptions { BatchSize = batchSize, Linker = linker };
        return await new IngestionPipeline(store, TimeProvider.System, NullLogger<IngestionPipeline>.Instance).RunAsync(sources, options, progress: null, ct);
    }

    public static async Task<string> ExportAsync(IGraphStore store, CancellationToken ct)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        await new JsonlExporter(store).WriteAsync(writer, ct);
        return writer.ToString();
    }
}
