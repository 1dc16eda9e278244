using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Export;

/// <summary>One single-file export format: told the entities first (when it writes them), then the papers a chunk at a time.</summary>
internal interface IExportWriter
{
    /// <summary>What the paper chunks must carry for this format.</summary>
    ExportParts Parts { get; }

    /// <summary>Whether the format has entity nodes (so the exporter reads them first).</summary>
    bool WritesEntities { get; }

    Task BeginAsync(CancellationToken cancellationToken);

    Task WriteEntitiesAsync(IReadOnlyList<Entity> entities, CancellationToken cancellationToken);

    Task WritePapersAsync(ExportChunk chunk, CancellationToken cancellationToken);

    Task EndAsync(CancellationToken cancellationToken);
}
