using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Export;

/// <summary>JSON Lines: one <see cref="JsonlPaperLine"/> per paper.</summary>
internal sealed class JsonlExportWriter(TextWriter output) : IExportWriter
{
    public ExportParts Parts => ExportParts.All;

    public bool WritesEntities => false;

    public Task BeginAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task WriteEntitiesAsync(IReadOnlyList<Entity> entities, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task WritePapersAsync(ExportChunk chunk, CancellationToken cancellationToken)
    {
        var line = new JsonlPaperLine(chunk.Entities, chunk.CitedTitles);
        foreach (var paper in chunk.Papers)
        {
            await output.WriteAsync(line.Format(paper, chunk.MentionsOf(paper.Id), chunk.IntroducedBy(paper.Id), chunk.LinksOf(paper.Id)).AsMemory(), cancellationToken);
            await output.WriteAsync("\n".AsMemory(), cancellationToken);
        }
    }

    public Task EndAsync(CancellationToken cancellationToken) => output.FlushAsync(cancellationToken);
}
