namespace PaperGraph.Core.Export;

/// <summary>
/// Writes the whole graph as JSON Lines, one paper per line in id order (<see cref="GraphExporter"/> with
/// <see cref="ExportFormat.Jsonl"/> and no filter).
/// </summary>
public sealed class JsonlExporter(Storage.IGraphStore store)
{
    /// <returns>The number of papers written.</returns>
    public async Task<long> WriteAsync(TextWriter output, CancellationToken cancellationToken) =>
        (await new GraphExporter(store).WriteAsync(ExportFormat.Jsonl, ExportFilter.None, output, cancellationToken)).Papers;
}
