namespace PaperGraph.Core.Tests.HeldOut;

internal sealed partial class HeldOutEvaluation
{
    /// <summary>Every false positive and missed gold mention or introduced name, one line each, for reading what to improve.</summary>
    public IEnumerable<string> Misses()
    {
        var gold = Gold().ToDictionary(g => Key(g.Paper.Id, g.Mention), g => g.Mention);
        var predicted = Predicted().GroupBy(p => Key(p.Paper, p.Mention)).ToDictionary(g => g.Key, g => g.First().Mention);
        var index = Papers.ToDictionary(p => p.Id, p => p.Index);
        var falsePositives = predicted.Where(p => !gold.ContainsKey(p.Key)).Select(p =>
            $"FP #{index[p.Key.Paper]} {p.Key.Field}@{p.Key.Start} '{p.Value.Surface}' => {p.Value.EntityId} ({EntityOf(p.Value.EntityId)?.Kind.ToString().ToLowerInvariant()})");
        var misses = gold.Where(g => !predicted.ContainsKey(g.Key)).Select(g =>
            $"FN #{index[g.Key.Paper]} {g.Key.Field}@{g.Key.Start} '{g.Value.Surface}' ({g.Value.Kind}{(g.Value.Base is null ? "" : ":" + g.Value.Base)}{(g.Value.Introduced ? ", introduced" : "")})");
        return falsePositives.Concat(misses).Concat(IntroducedMisses()).Order(StringComparer.Ordinal);
    }

    private IEnumerable<string> IntroducedMisses()
    {
        foreach (var paper in Papers)
        {
            var ids = Results[paper.Id].Annotations.IntroducedEntityIds;
            var matched = ids.Select(id => (Id: id, Gold: MatchingGold(paper, id))).ToArray();
            foreach (var (id, _) in matched.Where(m => m.Gold < 0))
            {
                yield return $"IFP #{paper.Index} introduced '{EntityOf(id)?.Name}' => {id} ({EntityOf(id)?.Kind.ToString().ToLowerInvariant()})";
            }

            for (var i = 0; i < paper.Introduced.Count; i++)
            {
                if (!matched.Any(m => m.Gold == i))
                {
                    yield return $"IFN #{paper.Index} introduced '{string.Join(" ~ ", paper.Introduced[i].Names)}' ({paper.Introduced[i].Kind})";
                }
            }
        }
    }
}
