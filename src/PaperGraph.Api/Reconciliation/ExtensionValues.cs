using System.Globalization;
using System.Text.Json.Nodes;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;

namespace PaperGraph.Api.Reconciliation;

/// <summary>The values of one property of one paper or entity, as data-extension cells (<c>{"str"}</c>, <c>{"int"}</c>, <c>{"id","name"}</c>).</summary>
internal sealed class ExtensionValues(IGraphStore store, IReadOnlyDictionary<string, Paper> papers, IReadOnlyDictionary<string, Entity> entities)
{
    public async Task<IReadOnlyList<JsonNode>> GetAsync(string id, string property, int limit, CancellationToken cancellationToken)
    {
        if (papers.TryGetValue(id, out var paper))
        {
            return await PaperAsync(paper, property, limit, cancellationToken);
        }

        return entities.TryGetValue(id, out var entity) ? await EntityAsync(entity, property, limit, cancellationToken) : [];
    }

    private async Task<IReadOnlyList<JsonNode>> EntityAsync(Entity entity, string property, int limit, CancellationToken cancellationToken)
    {
        switch (property)
        {
            case "kind":
                return [Str(entity.Kind.ToString().ToLowerInvariant())];
            case "aliases":
                return [.. entity.Aliases.Take(limit).Select(Str)];
            case "description":
                return entity.Description is { Length: > 0 } d ? [Str(d)] : [];
            case "paperCount":
                return [Int((await store.CountPapersMentioningAsync([entity.Id], cancellationToken)).GetValueOrDefault(entity.Id))];
            case "firstYear":
                var usage = await store.GetUsageByPeriodAsync(entity.Id, PeriodGranularity.Year, cancellationToken);
                return usage.Count > 0 && long.TryParse(usage[0].Period, NumberStyles.Integer, CultureInfo.InvariantCulture, out var year) ? [Int(year)] : [];
            case "introducedBy":
                var ids = (await store.GetIntroducingPaperIdsAsync([entity.Id], cancellationToken)).GetValueOrDefault(entity.Id) ?? [];
                var found = ids.Count == 0 ? new Dictionary<string, Paper>() : await store.GetPapersAsync(ids, cancellationToken);
                var cells = ids.Where(found.ContainsKey).Take(limit).Select(i => Ref(i, found[i].Title)).ToList();
                if (cells.Count == 0 && entity.IntroducedBy is { Title: { } title })
                {
                    cells.Add(Str(entity.IntroducedBy.ArxivId is { } a ? $"{title} (arXiv:{a})" : title));
                }

                return cells;
            case "coMentioned":
                var co = await store.GetCoMentionedAsync(entity.Id, limit, cancellationToken);
                var names = co.Count == 0 ? new Dictionary<string, Entity>() : await store.GetEntitiesAsync([.. co.Select(c => c.EntityId)], cancellationToken);
                return [.. co.Where(c => names.ContainsKey(c.EntityId)).Select(c => Ref(c.EntityId, names[c.EntityId].Name))];
            default:
                return [];
        }
    }

    private async Task<IReadOnlyList<JsonNode>> PaperAsync(Paper paper, string property, int limit, CancellationToken cancellationToken)
    {
        switch (property)
        {
            case "title":
                return [Str(paper.Title)];
            case "arxivId":
                return paper.ArxivId is { } a ? [Str(a)] : [];
            case "author":
                return [.. paper.Authors.Select(Str)];
            case "date":
                return paper.Date is { } d ? [Str(d.ToString())] : [];
            case "paperYear":
                return paper.Date?.Year is { } y ? [Int(y)] : [];
            case "mentions":
                var mentioned = ((await store.GetMentionsAsync([paper.Id], cancellationToken)).GetValueOrDefault(paper.Id) ?? []).Select(m => m.EntityId).Distinct().Take(limit).ToList();
                return await EntityRefsAsync(mentioned, cancellationToken);
            case "introduces":
                var introduced = ((await store.GetIntroducedEntityIdsAsync([paper.Id], cancellationToken)).GetValueOrDefault(paper.Id) ?? []).Take(limit).ToList();
                return await EntityRefsAsync(introduced, cancellationToken);
            case "buildsOn":
                var links = ((await store.GetLinksAsync([paper.Id], LinkDirection.Outgoing, cancellationToken)).GetValueOrDefault(paper.Id) ?? []).Take(limit).ToList();
                var cited = links.Count == 0 ? new Dictionary<string, Paper>() : await store.GetPapersAsync([.. links.Select(l => l.CitedPaperId)], cancellationToken);
                return [.. links.Where(l => cited.ContainsKey(l.CitedPaperId)).Select(l => Ref(l.CitedPaperId, cited[l.CitedPaperId].Title))];
            default:
                return [];
        }
    }

    private async Task<IReadOnlyList<JsonNode>> EntityRefsAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var found = ids.Count == 0 ? new Dictionary<string, Entity>() : await store.GetEntitiesAsync(ids, cancellationToken);
        return [.. ids.Where(found.ContainsKey).Select(id => Ref(id, found[id].Name))];
    }

    private static JsonObject Str(string value) => new() { ["str"] = value };

    private static JsonObject Int(long value) => new() { ["int"] = value };

    private static JsonObject Ref(string id, string name) => new() { ["id"] = id, ["name"] = name };
}
