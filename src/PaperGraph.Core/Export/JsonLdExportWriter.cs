using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Export;

/// <summary>
/// JSON-LD: one document, <c>{"@context": …, "@graph": [ … ]}</c>, written one node at a time. Papers are
/// schema.org <c>ScholarlyArticle</c>s (<c>name</c>, <c>abstract</c>, <c>author</c> as <c>Person</c>s,
/// <c>datePublished</c>, <c>identifier</c>, <c>sameAs</c> their arXiv page, <c>mentions</c>, <c>isBasedOn</c>
/// for builds-on links); entities are <c>DefinedTerm</c>s (<c>name</c>, <c>alternateName</c>, <c>description</c>,
/// <c>termCode</c> their kind). What a paper introduces has no schema.org term: it is <c>pg:introduces</c>.
/// The context is inline, so RDF tools load the file with no network.
/// </summary>
internal sealed class JsonLdExportWriter(TextWriter output) : IExportWriter
{
    /// <summary>Node ids: <c>urn:papergraph:paper/&lt;id&gt;</c> and <c>urn:papergraph:entity/&lt;id&gt;</c>, the store id percent-encoded.</summary>
    public const string IdBase = "urn:papergraph:";

    private const string Context = """
        {"@context":{"@vocab":"http://schema.org/","pg":"urn:papergraph:",
        "mentions":{"@type":"@id"},"isBasedOn":{"@type":"@id"},"sameAs":{"@type":"@id"},
        "introduces":{"@id":"pg:introduces","@type":"@id"}},
        "@graph":[
        """;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private bool _first = true;

    public ExportParts Parts => ExportParts.Mentions | ExportParts.Introduced | ExportParts.Links;

    public bool WritesEntities => true;

    public static string PaperIri(string paperId) => IdBase + "paper/" + Uri.EscapeDataString(paperId);

    public static string EntityIri(string entityId) => IdBase + "entity/" + Uri.EscapeDataString(entityId);

    public Task BeginAsync(CancellationToken cancellationToken) => output.WriteAsync(Context.AsMemory(), cancellationToken);

    public async Task WriteEntitiesAsync(IReadOnlyList<Entity> entities, CancellationToken cancellationToken)
    {
        foreach (var entity in entities)
        {
            await WriteNodeAsync(json =>
            {
                json.WriteString("@id", EntityIri(entity.Id));
                json.WriteString("@type", "DefinedTerm");
                json.WriteString("identifier", entity.Id);
                json.WriteString("name", entity.Name);
                json.WriteString("termCode", EntityKindNames.Name(entity.Kind));
                if (entity.Aliases.Count > 0)
                {
                    json.WriteStartArray("alternateName");
                    foreach (var alias in entity.Aliases)
                    {
                        json.WriteStringValue(alias);
                    }

                    json.WriteEndArray();
                }

                if (!string.IsNullOrEmpty(entity.Description))
                {
                    json.WriteString("description", entity.Description);
                }
            }, cancellationToken);
        }
    }

    public async Task WritePapersAsync(ExportChunk chunk, CancellationToken cancellationToken)
    {
        foreach (var paper in chunk.Papers)
        {
            await WriteNodeAsync(json => WritePaper(json, paper, chunk), cancellationToken);
        }

        await output.FlushAsync(cancellationToken);
    }

    public async Task EndAsync(CancellationToken cancellationToken)
    {
        await output.WriteAsync("\n]}\n".AsMemory(), cancellationToken);
        await output.FlushAsync(cancellationToken);
    }

    private static void WritePaper(Utf8JsonWriter json, Paper paper, ExportChunk chunk)
    {
        json.WriteString("@id", PaperIri(paper.Id));
        json.WriteString("@type", "ScholarlyArticle");
        json.WriteString("identifier", paper.Id);
        json.WriteString("name", paper.Title);
        json.WriteString("abstract", paper.Abstract);
        if (paper.Date is { } date)
        {
            json.WriteString("datePublished", date.ToString());
        }

        if (paper.ArxivId is { } arxivId)
        {
            json.WriteString("sameAs", "https://arxiv.org/abs/" + arxivId);
        }

        json.WriteStartArray("author");
        foreach (var author in paper.Authors)
        {
            json.WriteStartObject();
            json.WriteString("@type", "Person");
            json.WriteString("name", author);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteIds(json, "mentions", chunk.MentionsOf(paper.Id).Select(m => m.EntityId).Distinct().Order(StringComparer.Ordinal).Select(EntityIri));
        WriteIds(json, "introduces", chunk.IntroducedBy(paper.Id).Order(StringComparer.Ordinal).Select(EntityIri));
        WriteIds(json, "isBasedOn", chunk.LinksOf(paper.Id).Select(l => l.CitedPaperId).Distinct().Select(PaperIri));
    }

    private static void WriteIds(Utf8JsonWriter json, string name, IEnumerable<string> iris)
    {
        json.WriteStartArray(name);
        foreach (var iri in iris)
        {
            json.WriteStringValue(iri);
        }

        json.WriteEndArray();
    }

    private async Task WriteNodeAsync(Action<Utf8JsonWriter> body, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(2_048);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }

        await output.WriteAsync((_first ? "" : ",\n").AsMemory(), cancellationToken);
        _first = false;
        await output.WriteAsync(Encoding.UTF8.GetString(buffer.WrittenSpan).AsMemory(), cancellationToken);
    }
}
