using System.Globalization;
using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Linking;

/// <summary>
/// Derives builds-on links: A builds on B via E when A mentions E and B introduces E (B ≠ A), unless A introduces
/// E too or E's introducers are different papers (namesakes: precision before recall). At corpus scale most name
/// matches between two papers are coincidences, so E must also be evidence (<see cref="BuildsOnEvidenceRules"/>):
/// a catalog entity the catalog credits to B by arXiv id or whole title, or a name B coined whose form in A is
/// distinctive. The score combines the mention scores of every entity the link goes via; the reason names them
/// and B's title.
/// </summary>
internal static class BuildsOnLinker
{
    public static IReadOnlyList<PaperLink> LinksFor(string citingPaperId, IReadOnlyList<Mention> mentions, BuildsOnEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(evidence);
        var byEntity = mentions.GroupBy(m => m.EntityId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        var bestScore = byEntity.ToDictionary(p => p.Key, p => p.Value.Max(m => m.Score), StringComparer.Ordinal);
        var citing = evidence.Papers.GetValueOrDefault(citingPaperId);
        var viaByCited = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var (entityId, entityMentions) in byEntity)
        {
            var citedPapers = evidence.Introducers.GetValueOrDefault(entityId) ?? [];
            if (citedPapers.Count == 0 || citedPapers.Contains(citingPaperId, StringComparer.Ordinal) || Namesakes(citedPapers, evidence.Papers)
                || evidence.Entities.GetValueOrDefault(entityId) is not { } entity)
            {
                continue;
            }

            foreach (var cited in citedPapers)
            {
                if (cited != citingPaperId && BuildsOnEvidenceRules.Links(entity, entityMentions, citing, evidence.Papers.GetValueOrDefault(cited)))
                {
                    (viaByCited.TryGetValue(cited, out var set) ? set : viaByCited[cited] = new(StringComparer.Ordinal)).Add(entityId);
                }
            }
        }

        return viaByCited.Select(pair => new PaperLink(
                citingPaperId,
                pair.Key,
                PaperLinkKind.BuildsOn,
                pair.Value.ToArray(),
                Math.Round(1 - pair.Value.Aggregate(1.0, (miss, e) => miss * (1 - bestScore[e])), 3),
                Reason(pair.Value, evidence.Papers.GetValueOrDefault(pair.Key)?.Title ?? pair.Key, evidence.Entities)))
            .ToArray();
    }

    /// <summary>
    /// Whether different papers introduce the same name: 45 papers each call their own method PRISM, so a mention of
    /// PRISM says nothing about which one is meant, and a paper introducing PRISM itself builds on none of the others.
    /// The same paper listed twice (with and without its arXiv id) has one title and is no namesake of itself.
    /// </summary>
    private static bool Namesakes(IReadOnlyList<string> introducers, IReadOnlyDictionary<string, Paper> papers) =>
        introducers.Count > 1
        && introducers.Select(id => PaperIds.NormalizeTitle(papers.GetValueOrDefault(id)?.Title ?? id)).Distinct(StringComparer.Ordinal).Skip(1).Any();

    private static string Reason(IEnumerable<string> via, string citedTitle, IReadOnlyDictionary<string, Entity> entities)
    {
        var shown = via.Select(e => entities.GetValueOrDefault(e)?.Name ?? e).ToArray();
        var list = shown.Length == 1 ? shown[0] : string.Join(", ", shown[..^1]) + " and " + shown[^1];
        return string.Create(CultureInfo.InvariantCulture, $"mentions {list}, introduced by \"{citedTitle}\"");
    }
}
