using System.Globalization;
using System.Text;
using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Export;

/// <summary>
/// BibTeX: one <c>@misc</c> entry per paper (the form arXiv itself gives), with <c>eprint</c>,
/// <c>archivePrefix</c> and <c>url</c> when the arXiv id is known. Keys from <see cref="BibTeXKeys"/>.
/// </summary>
internal sealed class BibTeXExportWriter(TextWriter output) : IExportWriter
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public ExportParts Parts => ExportParts.None;

    public bool WritesEntities => false;

    public Task BeginAsync(CancellationToken cancellationToken) =>
        output.WriteAsync("% Exported by PaperGraph: one entry per paper.\n".AsMemory(), cancellationToken);

    public Task WriteEntitiesAsync(IReadOnlyList<Entity> entities, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task WritePapersAsync(ExportChunk chunk, CancellationToken cancellationToken)
    {
        var builder = new StringBuilder();
        foreach (var paper in chunk.Papers)
        {
            builder.Clear();
            builder.Append("\n@misc{").Append(BibTeXKeys.For(paper)).Append(",\n");
            Field(builder, "title", "{" + BibTeXText.Escape(paper.Title) + "}");
            if (paper.Authors.Count > 0)
            {
                Field(builder, "author", string.Join(" and ", paper.Authors.Select(BibTeXText.Escape)));
            }

            if (paper.Date is { Year: { } year } date)
            {
                Field(builder, "year", year.ToString(CultureInfo.InvariantCulture));
                builder.Append("  month = ").Append(Months[date.Month - 1]).Append(",\n");
            }

            if (paper.ArxivId is { } arxivId)
            {
                Field(builder, "eprint", BibTeXText.Escape(arxivId));
                Field(builder, "archivePrefix", "arXiv");
                Field(builder, "url", "https://arxiv.org/abs/" + BibTeXText.Escape(arxivId));
            }

            Field(builder, "abstract", BibTeXText.Escape(paper.Abstract));
            Field(builder, "note", "PaperGraph id " + BibTeXText.Escape(paper.Id));
            builder.Append("}\n");
            await output.WriteAsync(builder.ToString().AsMemory(), cancellationToken);
        }

        await output.FlushAsync(cancellationToken);
    }

    public Task EndAsync(CancellationToken cancellationToken) => output.FlushAsync(cancellationToken);

    private static void Field(StringBuilder builder, string name, string value) =>
        builder.Append("  ").Append(name).Append(" = {").Append(value).Append("},\n");
}
