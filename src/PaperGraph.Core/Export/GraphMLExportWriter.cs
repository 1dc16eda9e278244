using System.Globalization;
using System.Xml;
using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Export;

/// <summary>
/// GraphML (graphml.graphdrawing.org): one directed graph, papers and entities as nodes with their attributes,
/// one edge per mention (with its span as evidence), per introduction and per builds-on link (with its score,
/// "via" entities and reason). Every edge has a <c>label</c> naming its type, as Gephi and yEd show it;
/// networkx reads the file with <c>read_graphml(path, force_multigraph=True)</c> (a paper may mention an
/// entity more than once). Entity nodes come before the papers that point to them.
/// </summary>
internal sealed class GraphMLExportWriter(TextWriter output) : IExportWriter
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private static readonly (string Id, string For, string Name, string Type)[] Keys =
    [
        ("label", "node", "label", "string"), ("type", "node", "type", "string"),
        ("title", "node", "title", "string"), ("abstract", "node", "abstract", "string"),
        ("arxivId", "node", "arxivId", "string"), ("date", "node", "date", "string"),
        ("authors", "node", "authors", "string"), ("kind", "node", "kind", "string"),
        ("aliases", "node", "aliases", "string"), ("description", "node", "description", "string"),
        ("source", "node", "source", "string"),
        ("elabel", "edge", "label", "string"), ("field", "edge", "field", "string"),
        ("start", "edge", "start", "int"), ("end", "edge", "end", "int"),
        ("surface", "edge", "surface", "string"), ("score", "edge", "score", "double"),
        ("via", "edge", "via", "string"), ("reason", "edge", "reason", "string"),
    ];

    private readonly XmlWriter _xml = XmlWriter.Create(output, new XmlWriterSettings { Async = true, Indent = true, CloseOutput = false, OmitXmlDeclaration = true });

    public ExportParts Parts => ExportParts.Mentions | ExportParts.Introduced | ExportParts.Links;

    public bool WritesEntities => true;

    public async Task BeginAsync(CancellationToken cancellationToken)
    {
        // Exports are UTF-8 bytes; the declaration says so whatever the TextWriter's own encoding (a StringWriter's is UTF-16).
        await output.WriteAsync("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".AsMemory(), cancellationToken);
        await _xml.WriteStartElementAsync(null, "graphml", Namespace);
        foreach (var (id, scope, name, type) in Keys)
        {
            await _xml.WriteStartElementAsync(null, "key", Namespace);
            await _xml.WriteAttributeStringAsync(null, "id", null, id);
            await _xml.WriteAttributeStringAsync(null, "for", null, scope);
            await _xml.WriteAttributeStringAsync(null, "attr.name", null, name);
            await _xml.WriteAttributeStringAsync(null, "attr.type", null, type);
            await _xml.WriteEndElementAsync();
        }

        await _xml.WriteStartElementAsync(null, "graph", Namespace);
        await _xml.WriteAttributeStringAsync(null, "id", null, "papergraph");
        await _xml.WriteAttributeStringAsync(null, "edgedefault", null, "directed");
    }

    public async Task WriteEntitiesAsync(IReadOnlyList<Entity> entities, CancellationToken cancellationToken)
    {
        foreach (var entity in entities)
        {
            await StartAsync("node", entity.Id);
            await DataAsync("label", entity.Name);
            await DataAsync("type", "entity");
            await DataAsync("kind", EntityKindNames.Name(entity.Kind));
            await DataAsync("aliases", string.Join("; ", entity.Aliases));
            await DataAsync("description", entity.Description);
            await DataAsync("source", entity.Source);
            await _xml.WriteEndElementAsync();
        }

        await _xml.FlushAsync();
    }

    public async Task WritePapersAsync(ExportChunk chunk, CancellationToken cancellationToken)
    {
        foreach (var paper in chunk.Papers)
        {
            await StartAsync("node", paper.Id);
            await DataAsync("label", paper.Title);
            await DataAsync("type", "paper");
            await DataAsync("title", paper.Title);
            await DataAsync("abstract", paper.Abstract);
            await DataAsync("arxivId", paper.ArxivId);
            await DataAsync("date", paper.Date?.ToString());
            await DataAsync("authors", string.Join("; ", paper.Authors));
            await _xml.WriteEndElementAsync();

            foreach (var m in ExportOrder.Mentions(chunk.MentionsOf(paper.Id)))
            {
                var field = m.Field == MentionField.Title ? "title" : "abstract";
                await EdgeAsync(string.Create(CultureInfo.InvariantCulture, $"mentions:{paper.Id}:{field}:{m.Start}:{m.End}:{m.EntityId}"), paper.Id, m.EntityId, "mentions");
                await DataAsync("field", field);
                await DataAsync("start", m.Start.ToString(CultureInfo.InvariantCulture));
                await DataAsync("end", m.End.ToString(CultureInfo.InvariantCulture));
                await DataAsync("surface", m.Surface);
                await DataAsync("score", m.Score.ToString("R", CultureInfo.InvariantCulture));
                await _xml.WriteEndElementAsync();
            }

            foreach (var entityId in chunk.IntroducedBy(paper.Id).Order(StringComparer.Ordinal))
            {
                await EdgeAsync($"introduces:{paper.Id}:{entityId}", paper.Id, entityId, "introduces");
                await _xml.WriteEndElementAsync();
            }

            foreach (var link in chunk.LinksOf(paper.Id))
            {
                var kind = JsonlPaperLine.KindName(link.Kind);
                await EdgeAsync($"{kind}:{paper.Id}:{link.CitedPaperId}", paper.Id, link.CitedPaperId, kind);
                await DataAsync("score", link.Score.ToString("R", CultureInfo.InvariantCulture));
                await DataAsync("via", string.Join("; ", link.ViaEntityIds));
                await DataAsync("reason", link.Reason);
                await _xml.WriteEndElementAsync();
            }
        }

        await _xml.FlushAsync();
    }

    public async Task EndAsync(CancellationToken cancellationToken)
    {
        await _xml.WriteEndElementAsync();
        await _xml.WriteEndElementAsync();
        await _xml.FlushAsync();
        await _xml.DisposeAsync();
        await output.WriteAsync('\n');
        await output.FlushAsync(cancellationToken);
    }

    private async Task StartAsync(string element, string id)
    {
        await _xml.WriteStartElementAsync(null, element, Namespace);
        await _xml.WriteAttributeStringAsync(null, "id", null, XmlText.Clean(id));
    }

    private async Task EdgeAsync(string id, string source, string target, string label)
    {
        await StartAsync("edge", id);
        await _xml.WriteAttributeStringAsync(null, "source", null, XmlText.Clean(source));
        await _xml.WriteAttributeStringAsync(null, "target", null, XmlText.Clean(target));
        await DataAsync("elabel", label);
    }

    private async Task DataAsync(string key, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        await _xml.WriteStartElementAsync(null, "data", Namespace);
        await _xml.WriteAttributeStringAsync(null, "key", null, key);
        await _xml.WriteStringAsync(XmlText.Clean(value));
        await _xml.WriteEndElementAsync();
    }
}
