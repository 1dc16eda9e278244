using System.Globalization;
using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Linking;

/// <summary>
/// Derives builds-on links: A builds on B via E when A mentions E and B introduces E (B ≠ A), unless A introduces
/// E too or E's introducers are different papers (namesakes: precision before recall). The score combines the
/// mention scores of every entity the link goes via; the reason names them and B's title.
/// </summary>
internal static class BuildsOnLinker
{
    /// <param name="introducers">Paper ids introducing each entity A mentions.</param>
    /// <param name="titles">Titles of those introducing papers.</param>
    /// <param name="names">Display names of the entities.</param>
    public static IReadOnlyList<PaperLink> LinksFor(
        string citingPaperId,
        IReadOnlyList<Mention> mentions,
        IReadOnlyDictionary<string, IReadOnlyList<string>> introducers,
        IReadOnlyDictionary<string, string> titles,
        IReadOnlyDictionary<string, string> names)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var bestScore = mentions.GroupBy(m => m.EntityId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Max(m => m.Score), StringComparer.Ordinal);
        var viaByCited = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var entityId in bestScore.Keys)
        {
            var citedPapers = introducers.GetValueOrDefault(entityId) ?? [];
            if (citedPapers.Contains(citingPaperId, StringComparer.Ordinal) || Namesakes(citedPapers, titles))
            {
                continue;
            }

            foreach (var cited in citedPapers)
            {
                if (cited != citingPaperId)
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
                Reason(pair.Value, titles.GetValueOrDefault(pair.Key) ?? pair.Key, names)))
            .ToArray();
    }

    /// <summary>
    /// Whether different papers introduce the same name: 45 papers each call their own method PRISM, so a mention of
    /// PRISM says nothing about which one is meant, and a paper introducing PRISM itself builds on none of the others.
    /// The same paper listed twice (with and without its arXiv id) has one title and is no namesake of itself.
    /// </summary>
    private static bool Namesakes(IReadOnlyList<string> introducers, IReadOnlyDictionary<string, string> titles) =>
        introducers.Count > 1
        && introducers.Select(id => PaperIds.NormalizeTitle(titles.GetValueOrDefault(id) ?? id)).Distinct(StringComparer.Ordinal).Skip(1).Any();

    private static string Reason(IEnumerable<string> via, string citedTitle, IReadOnlyDictionary<string, string> names)
    {
        var shown = via.Select(e => names.GetValueOrDefault(e) ?? e).ToArray();
        var list = shown.Length == 1 ? shown[0] : string.Join(", ", shown[..^1]) + " and " + shown[^1];
        return string.Create(CultureInfo.InvariantCulture, $"mentions {list}, introduced by \"{citedTitle}\"");
    }
}
