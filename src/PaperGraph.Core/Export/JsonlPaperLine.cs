using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Export;

/// <summary>
/// Formats one paper as one line of <c>papergraph export --format jsonl</c>:
/// <c>{"id","title","abstract","arxivId","date","authors":[…],"categories":[…],"mentions":[…],"introduces":[…],"links":[…]}</c>. Mentions are
/// ordered by field, start, end, entity id; introductions by id; links by score descending, then paper id.
/// </summary>
internal sealed class JsonlPaperLine(IReadOnlyDictionary<string, Entity> entities, IReadOnlyDictionary<string, string> citedTitles)
{
    // The output is a data file, not HTML: keep non-ASCII text and quotes readable.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Format(Paper paper, IReadOnlyList<Mention> mentions, IReadOnlyList<string> introduced, IReadOnlyList<PaperLink> links)
    {
        var buffer = new ArrayBufferWriter<byte>(4_096);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("id", paper.Id);
            json.WriteString("title", paper.Title);
            json.WriteString("abstract", paper.Abstract);
            json.WriteString("arxivId", paper.ArxivId);
            json.WriteString("date", paper.Date?.ToString());
            json.WriteStartArray("authors");
            foreach (var author in paper.Authors)
            {
                json.WriteStringValue(author);
            }

            json.WriteEndArray();
            json.WriteStartArray("categories");
            foreach (var category in paper.Categories)
            {
                json.WriteStringValue(category);
            }

            json.WriteEndArray();
            json.WriteStartArray("mentions");
            foreach (var m in mentions.OrderBy(m => m.Field).ThenBy(m => m.Start).ThenBy(m => m.End).ThenBy(m => m.EntityId, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WritePropertyName("entity");
                WriteEntity(json, m.EntityId, withKind: true);
                json.WriteString("field", m.Field == MentionField.Title ? "title" : "abstract");
                json.WriteNumber("start", m.Start);
                json.WriteNumber("end", m.End);
                json.WriteString("surface", m.Surface);
                json.WriteNumber("score", m.Score);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("introduces");
            foreach (var entityId in introduced.Order(StringComparer.Ordinal))
            {
                WriteEntity(json, entityId, withKind: true);
            }

            json.WriteEndArray();
            json.WriteStartArray("links");
            foreach (var link in links.OrderByDescending(l => l.Score).ThenBy(l => l.CitedPaperId, StringComparer.Ordinal).ThenBy(l => l.Kind))
            {
                WriteLink(json, link);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private void WriteLink(Utf8JsonWriter json, PaperLink link)
    {
        json.WriteStartObject();
        json.WriteString("kind", KindName(link.Kind));
        json.WriteStartObject("paper");
        json.WriteString("id", link.CitedPaperId);
        json.WriteString("title", citedTitles.GetValueOrDefault(link.CitedPaperId));
        json.WriteEndObject();
        json.WriteStartArray("via");
        foreach (var entityId in link.ViaEntityIds)
        {
            WriteEntity(json, entityId, withKind: false);
        }

        json.WriteEndArray();
        json.WriteString("reason", link.Reason);
        json.WriteNumber("score", link.Score);
        json.WriteEndObject();
    }

    private void WriteEntity(Utf8JsonWriter json, string entityId, bool withKind)
    {
        var entity = entities.GetValueOrDefault(entityId);
        json.WriteStartObject();
        json.WriteString("id", entityId);
        json.WriteString("name", entity?.Name ?? entityId);
        if (withKind)
        {
            json.WriteString("kind", entity?.Kind.ToString().ToLowerInvariant());
        }

        json.WriteEndObject();
    }

    /// <summary>Link kinds as lower-case words joined by hyphens: <c>BuildsOn</c> is <c>builds-on</c>.</summary>
    internal static string KindName(PaperLinkKind kind) => kind switch
    {
        PaperLinkKind.BuildsOn => "builds-on",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A link kind with no export name."),
    };
}
