using System.IO.Compression;
using System.Text;
using PaperGraph.Core.Storage;

namespace PaperGraph.Core.Export;

/// <summary>
/// Writes the graph, or the part an <see cref="ExportFilter"/> chooses, in one of the <see cref="ExportFormat"/>s.
/// Papers are read a chunk at a time in id order and written as they come, so memory does not grow with the
/// corpus (a filtered export holds its chosen ids only). Every order is explicit, so two stores holding the
/// same graph write the same bytes.
/// </summary>
public sealed class GraphExporter(IGraphStore store)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes a single-file format (every format but <see cref="ExportFormat.Csv"/>) as text.</summary>
    public async Task<ExportCounts> WriteAsync(ExportFormat format, ExportFilter filter, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        return await WriteAsync(format, await ExportSelection.ResolveAsync(store, filter, cancellationToken), output, cancellationToken);
    }

    private async Task<ExportCounts> WriteAsync(ExportFormat format, ExportSelection selection, TextWriter output, CancellationToken cancellationToken)
    {
        IExportWriter writer = format switch
        {
            ExportFormat.Jsonl => new JsonlExportWriter(output),
            ExportFormat.GraphML => new GraphMLExportWriter(output),
            ExportFormat.JsonLd => new JsonLdExportWriter(output),
            ExportFormat.BibTeX => new BibTeXExportWriter(output),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "CSV is several files: use WriteCsvAsync or WriteAsync to a stream (a zip)."),
        };
        var reader = new ExportReader(store, selection);
        long papers = 0, entities = 0, mentions = 0, introductions = 0, links = 0;
        await writer.BeginAsync(cancellationToken);
        if (writer.WritesEntities)
        {
            await foreach (var batch in reader.ReadEntitiesAsync(cancellationToken))
            {
                entities += batch.Count;
                await writer.WriteEntitiesAsync(batch, cancellationToken);
            }
        }

        await foreach (var chunk in reader.ReadAsync(writer.Parts, cancellationToken))
        {
            papers += chunk.Papers.Count;
            mentions += chunk.Papers.Sum(p => chunk.MentionsOf(p.Id).Count);
            introductions += chunk.Papers.Sum(p => chunk.IntroducedBy(p.Id).Count);
            links += chunk.Papers.Sum(p => chunk.LinksOf(p.Id).Count);
            await writer.WritePapersAsync(chunk, cancellationToken);
        }

        await writer.EndAsync(cancellationToken);
        return new ExportCounts(papers, entities, mentions, introductions, links);
    }

    /// <summary>Writes the CSV files (<see cref="CsvExport.FileNames"/>), each through the writer <paramref name="openFile"/> gives and disposed after.</summary>
    public async Task<ExportCounts> WriteCsvAsync(ExportFilter filter, Func<string, TextWriter> openFile, CancellationToken cancellationToken)
    {
        var reader = new ExportReader(store, await ExportSelection.ResolveAsync(store, filter, cancellationToken));
        return await new CsvExport(reader).WriteAsync(openFile, cancellationToken);
    }

    /// <summary>Writes any format as UTF-8 bytes; CSV as a zip of its files.</summary>
    public async Task<ExportCounts> WriteAsync(ExportFormat format, ExportFilter filter, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        // The filter is checked before the first byte, so an HTTP caller can still answer 400.
        var selection = await ExportSelection.ResolveAsync(store, filter, cancellationToken);
        if (format != ExportFormat.Csv)
        {
            await using var text = new StreamWriter(output, Utf8, bufferSize: 1 << 16, leaveOpen: true);
            return await WriteAsync(format, selection, text, cancellationToken);
        }

        await using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        return await new CsvExport(new ExportReader(store, selection)).WriteAsync(
            name => new StreamWriter(zip.CreateEntry(name, CompressionLevel.Fastest).Open(), Utf8, bufferSize: 1 << 16),
            cancellationToken);
    }
}
