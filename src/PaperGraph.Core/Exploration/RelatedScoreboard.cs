namespace PaperGraph.Core.Exploration;

/// <summary>
/// Collects reasons per candidate paper and ranks them: score descending, then paper id; reasons by
/// weight descending, then kind, then entity id. Weights are rounded to six places before summing, so a
/// paper's score is exactly the sum of the weights it shows.
/// </summary>
internal sealed class RelatedScoreboard(string paperId)
{
    private readonly Dictionary<string, List<RelatedReason>> _reasons = new(StringComparer.Ordinal);

    public IEnumerable<string> Candidates => _reasons.Keys;

    public void Add(string candidateId, RelatedReason reason)
    {
        if (candidateId == paperId || reason.Weight <= 0)
        {
            return;
        }

        if (!_reasons.TryGetValue(candidateId, out var list))
        {
            _reasons[candidateId] = list = [];
        }

        list.Add(reason with { Weight = Math.Round(reason.Weight, 6) });
    }

    public IReadOnlyList<RelatedPaper> Rank(int first) => _reasons
        .Select(pair => new RelatedPaper(
            pair.Key,
            Math.Round(pair.Value.Sum(r => r.Weight), 6),
            [.. pair.Value.OrderByDescending(r => r.Weight).ThenBy(r => r.Kind).ThenBy(r => r.EntityId, StringComparer.Ordinal)]))
        .Where(p => p.Score > 0)
        .OrderByDescending(p => p.Score)
        .ThenBy(p => p.PaperId, StringComparer.Ordinal)
        .Take(first)
        .ToList();
}
