using System.Text;
using PaperGraph.Core.Export;
using PaperGraph.Core.Ingestion;
using PaperGraph.Core.Linking;
using PaperGraph.Core.Storage;

namespace PaperGraph.Testing.Export;

/// <summary>
/// The sample corpus plus a few papers with what the samples lack (authors, arXiv ids old and new, dates
/// with years, TeX and XML special characters, accents), ingested and linked as <c>papergraph ingest</c>
/// does; and every export format of a store, as text, for comparing stores.
/// </summary>
public static class ExportSamples
{
    public const int ExtraPapers = 3;

    /// <summary>JSON Lines the pipeline reads; the abstracts name catalog entities so mentions and links form.</summary>
    public const string ExtraJsonl = """
        {"title":"Sélective {State} Spaces & 100% Linear-Time <Sequence> Modeling","abstract":"We build on S4 and the Transformer. We propose RichMamba, a selective state space model with $O(n)$ cost, tested on Long Range Arena and WikiText-103 ~ \\ # _ ^.","arxivId":"2312.00752","date":"2023-12-01","authors":["Albert Gu","Tri Dao"]}
        {"title":"Attention Is All You Need, Again_2","abstract":"We revisit the Transformer and RichMamba with FlashAttention on ImageNet. \"Quoted\", commas, and a line\nbreak.","arxivId":"2401.01234v2","date":"2024-01-05","authors":["Jürgen Schmidhuber","O'Neil, Cathy","Ada Lovelace"]}
        {"title":"An Old Paper on Backpropagation","abstract":"Backpropagation with an LSTM on MNIST.","arxivId":"cs/0112017","date":"2001-12-10","authors":[]}
        """;

    public static async Task SeedAsync(IGraphStore store, CancellationToken ct)
    {
        var catalog = new LinkerDictionary(EntityCatalog.LoadEmbedded());
        await LinkedIngest.IngestSamplesAsync(store, catalog, batchSize: 100, ct);
        await SeedExtraAsync(store, catalog, ct);
    }

    /// <summary>Only the extra papers, linked against what the store already holds.</summary>
    public static async Task SeedExtraAsync(IGraphStore store, LinkerDictionary catalog, CancellationToken ct)
    {
        var extra = new IngestionSource("extra.jsonl", () => new MemoryStream(Encoding.UTF8.GetBytes(ExtraJsonl.ReplaceLineEndings("\n") + "\n")));
        var summary = await LinkedIngest.IngestAsync(store, catalog, [extra], batchSize: 100, ct);
        Assert.Equal((ExtraPapers, 0L), (summary.PapersCreated, summary.Quarantined));
    }

    /// <summary>Every format as text: the four single-file formats, and the CSV files one after another under their names.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> ExportAllAsync(IGraphStore store, ExportFilter filter, CancellationToken ct)
    {
        var exporter = new GraphExporter(store);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var format in new[] { ExportFormat.Jsonl, ExportFormat.GraphML, ExportFormat.JsonLd, ExportFormat.BibTeX })
        {
            using var writer = new StringWriter { NewLine = "\n" };
            await exporter.WriteAsync(format, filter, writer, ct);
            texts[format.ToString()] = writer.ToString();
        }

        var files = new Dictionary<string, StringWriter>(StringComparer.Ordinal);
        await exporter.WriteCsvAsync(filter, name => files[name] = new StringWriter { NewLine = "\n" }, ct);
        foreach (var (name, writer) in files)
        {
            texts["csv/" + name] = writer.ToString();
        }

        return texts;
    }
}
