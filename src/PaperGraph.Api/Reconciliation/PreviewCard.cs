using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;

namespace PaperGraph.Api.Reconciliation;

/// <summary>
/// A small HTML card for an entity or a paper: OpenRefine shows it in a 400×160 frame (<c>/reconcile/preview</c>),
/// and <c>/reconcile/view</c> serves it as a page. Every value from the store is HTML-encoded.
/// </summary>
internal sealed class PreviewCard(IGraphStore store)
{
    private const int AbstractChars = 300;

    /// <summary>The card, or <see langword="null"/> when no paper or entity has the id.</summary>
    public async Task<string?> RenderAsync(string id, bool page, CancellationToken cancellationToken)
    {
        string? body = null;
        if ((await store.GetPapersAsync([id], cancellationToken)).GetValueOrDefault(id) is { } paper)
        {
            body = Paper(paper);
        }
        else if ((await store.GetEntitiesAsync([id], cancellationToken)).GetValueOrDefault(id) is { } entity)
        {
            var papers = (await store.CountPapersMentioningAsync([id], cancellationToken)).GetValueOrDefault(id);
            body = Entity(entity, papers);
        }

        if (body is null)
        {
            return null;
        }

        var html = HtmlEncoder.Default;
        return page
            ? $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{html.Encode(id)} · PaperGraph</title></head><body>{body}</body></html>"
            : $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"></head><body style=\"margin:0\">{body}</body></html>";
    }

    private static string Paper(Paper paper)
    {
        var html = HtmlEncoder.Default;
        var text = paper.Abstract.Length > AbstractChars ? paper.Abstract[..AbstractChars] + "…" : paper.Abstract;
        var card = new StringBuilder("<div style=\"font:13px sans-serif;padding:6px\">");
        card.Append("<div style=\"color:#666\">Paper</div>");
        card.Append("<strong>").Append(html.Encode(paper.Title)).Append("</strong>");
        if (PaperMatcher.Describe(paper) is { } line)
        {
            card.Append("<div>").Append(html.Encode(line)).Append("</div>");
        }

        card.Append("<p style=\"margin:4px 0\">").Append(html.Encode(text)).Append("</p>");
        card.Append("<code>").Append(html.Encode(paper.Id)).Append("</code></div>");
        return card.ToString();
    }

    private static string Entity(Entity entity, long papers)
    {
        var html = HtmlEncoder.Default;
        var card = new StringBuilder("<div style=\"font:13px sans-serif;padding:6px\">");
        card.Append("<div style=\"color:#666\">").Append(html.Encode(ReconcileType.Of(entity.Kind).Name)).Append("</div>");
        card.Append("<strong>").Append(html.Encode(entity.Name)).Append("</strong>");
        if (entity.Aliases.Count > 0)
        {
            card.Append("<div>also: ").Append(html.Encode(string.Join(", ", entity.Aliases.Take(5)))).Append("</div>");
        }

        if (!string.IsNullOrEmpty(entity.Description))
        {
            var text = entity.Description.Length > AbstractChars ? entity.Description[..AbstractChars] + "…" : entity.Description;
            card.Append("<p style=\"margin:4px 0\">").Append(html.Encode(text)).Append("</p>");
        }

        card.Append("<div>").Append(papers.ToString("N0", CultureInfo.InvariantCulture)).Append(papers == 1 ? " paper" : " papers").Append(" · <code>")
            .Append(html.Encode(entity.Id)).Append("</code></div></div>");
        return card.ToString();
    }
}
