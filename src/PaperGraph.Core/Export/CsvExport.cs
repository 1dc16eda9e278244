using System.Globalization;
using System.Text;
using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Export;

/// <summary>
/// Node and relationship files in the header format of <c>neo4j-admin import</c> (one header row,
/// <c>name:type</c> columns, <c>:ID(group)</c>, <c>:START_ID(group)</c>, <c>:END_ID(group)</c>, <c>:LABEL</c>,
/// <c>:TYPE</c>, arrays split on <c>;</c>). Abstracts may span lines, so import with
/// <c>--multiline-fields=true</c>. One pass over the store per file, so files are written one after another
/// (as a zip needs) and each pass reads only what its file holds.
/// </summary>
internal sealed class CsvExport(ExportReader reader)
{
    public static IReadOnlyList<string> FileNames { get; } = ["entities.csv", "papers.csv", "mentions.csv", "introduces.csv", "builds_on.csv"];

    /// <returns>The rows written to each file.</returns>
    public async Task<ExportCounts> WriteAsync(Func<string, TextWriter> openFile, CancellationToken cancellationToken)
    {
        var builder = new StringBuilder();
        long entityCount = 0, paperCount = 0, mentionCount = 0, introducedCount = 0, linkCount = 0;
        await using (var entities = openFile("entities.csv"))
        {
            await entities.WriteAsync("entityId:ID(Entity),name,kind,aliases:string[],description,source,introducedByTitle,introducedByArxivId,introducedByYear:int,:LABEL\n".AsMemory(), cancellationToken);
            await foreach (var batch in reader.ReadEntitiesAsync(cancellationToken))
            {
                builder.Clear();
                foreach (var e in batch)
                {
                    entityCount++;
                    CsvText.AppendRow(builder, e.Id, e.Name, EntityKindNames.Name(e.Kind), CsvText.Array(e.Aliases), e.Description, e.Source,
                        e.IntroducedBy?.Title, e.IntroducedBy?.ArxivId, e.IntroducedBy?.Year?.ToString(CultureInfo.InvariantCulture), "Entity;" + e.Kind);
                }

                await entities.WriteAsync(builder.ToString().AsMemory(), cancellationToken);
            }
        }

        await PassAsync(openFile("papers.csv"), "paperId:ID(Paper),title,abstract,arxivId,date,year:int,authors:string[],:LABEL", ExportParts.None, (chunk, paper) =>
        {
            paperCount++;
            CsvText.AppendRow(builder, paper.Id, paper.Title, paper.Abstract, paper.ArxivId, paper.Date?.ToString(),
                paper.Date?.Year?.ToString(CultureInfo.InvariantCulture), CsvText.Array(paper.Authors), "Paper");
        }, builder, cancellationToken);
        await PassAsync(openFile("mentions.csv"), ":START_ID(Paper),:END_ID(Entity),field,start:int,end:int,surface,score:double,:TYPE", ExportParts.Mentions, (chunk, paper) =>
        {
            foreach (var m in ExportOrder.Mentions(chunk.MentionsOf(paper.Id)))
            {
                mentionCount++;
                CsvText.AppendRow(builder, paper.Id, m.EntityId, m.Field == MentionField.Title ? "title" : "abstract",
                    m.Start.ToString(CultureInfo.InvariantCulture), m.End.ToString(CultureInfo.InvariantCulture), m.Surface,
                    m.Score.ToString("R", CultureInfo.InvariantCulture), "MENTIONS");
            }
        }, builder, cancellationToken);
        await PassAsync(openFile("introduces.csv"), ":START_ID(Paper),:END_ID(Entity),:TYPE", ExportParts.Introduced, (chunk, paper) =>
        {
            foreach (var entityId in chunk.IntroducedBy(paper.Id).Order(StringComparer.Ordinal))
            {
                introducedCount++;
                CsvText.AppendRow(builder, paper.Id, entityId, "INTRODUCES");
            }
        }, builder, cancellationToken);
        await PassAsync(openFile("builds_on.csv"), ":START_ID(Paper),:END_ID(Paper),via:string[],score:double,reason,:TYPE", ExportParts.Links, (chunk, paper) =>
        {
            foreach (var link in chunk.LinksOf(paper.Id))
            {
                linkCount++;
                CsvText.AppendRow(builder, paper.Id, link.CitedPaperId, CsvText.Array(link.ViaEntityIds),
                    link.Score.ToString("R", CultureInfo.InvariantCulture), link.Reason, "BUILDS_ON");
            }
        }, builder, cancellationToken);
        return new ExportCounts(paperCount, entityCount, mentionCount, introducedCount, linkCount);
    }

    private async Task PassAsync(TextWriter file, string header, ExportParts parts, Action<ExportChunk, Paper> row, StringBuilder builder, CancellationToken cancellationToken)
    {
        await using (file)
        {
            await file.WriteAsync((header + "\n").AsMemory(), cancellationToken);
            await foreach (var chunk in reader.ReadAsync(parts, cancellationToken))
            {
                builder.Clear();
                foreach (var paper in chunk.Papers)
                {
                    row(chunk, paper);
                }

                await file.WriteAsync(builder.ToString().AsMemory(), cancellationToken);
            }

            await file.FlushAsync(cancellationToken);
        }
    }
}
