using PaperGraph.Core.Linking.Matching;

namespace PaperGraph.Core.Tests.HeldOut;

internal sealed partial class HeldOutEvaluation
{
    /// <summary>Named mentions: a predicted mention is right when its span equals a gold span (the entity it names is not judged).</summary>
    public HeldOutScore Mentions() => HeldOutScore.Of(
        Predicted().Select(p => Key(p.Paper, p.Mention)).ToHashSet(),
        Gold().Select(g => Key(g.Paper.Id, g.Mention)).ToHashSet());

    /// <summary>Relaxed: a predicted span is right when it overlaps a gold span of the same field, and a gold span is found when a predicted one overlaps it.</summary>
    public HeldOutScore MentionsOverlapping()
    {
        var predicted = Predicted().Select(p => Key(p.Paper, p.Mention)).ToHashSet();
        var gold = Gold().Select(g => Key(g.Paper.Id, g.Mention)).ToHashSet();
        static bool Overlap((string Paper, string Field, int Start, int End) a, (string Paper, string Field, int Start, int End) b) =>
            a.Paper == b.Paper && a.Field == b.Field && a.Start < b.End && b.Start < a.End;
        return new HeldOutScore(
            new Proportion(predicted.Count(p => gold.Any(g => Overlap(p, g))), predicted.Count),
            new Proportion(gold.Count(g => predicted.Any(p => Overlap(p, g))), gold.Count));
    }

    /// <summary>Recall of the gold mentions that <paramref name="select"/> picks (a kind, the paper's own names, variant forms).</summary>
    public Proportion Recall(Func<HeldOutMention, bool> select)
    {
        var predicted = Predicted().Select(p => Key(p.Paper, p.Mention)).ToHashSet();
        var gold = Gold().Where(g => select(g.Mention)).Select(g => Key(g.Paper.Id, g.Mention)).ToArray();
        return new Proportion(gold.Count(predicted.Contains), gold.Length);
    }

    /// <summary>Of the spans found, how many name an entity of the gold kind (mentions of the paper's own names excluded: their kind is the introduced entity's).</summary>
    public Proportion KindAgreement()
    {
        var predicted = Predicted().GroupBy(p => Key(p.Paper, p.Mention)).ToDictionary(g => g.Key, g => g.Select(p => EntityOf(p.Mention.EntityId)?.Kind.ToString().ToLowerInvariant()).ToHashSet());
        var found = Gold().Where(g => !g.Mention.Introduced && predicted.ContainsKey(Key(g.Paper.Id, g.Mention))).ToArray();
        return new Proportion(found.Count(g => predicted[Key(g.Paper.Id, g.Mention)].Contains(g.Mention.Kind)), found.Length);
    }

    /// <summary>Introduced entities by folded name: a predicted one is right when any of its names folds to a name of a gold entity of the same paper.</summary>
    public HeldOutScore Introduced()
    {
        var gold = Papers.SelectMany(p => p.Introduced.Select((_, i) => (p.Id, $"gold:{i}"))).ToHashSet();
        var predicted = new HashSet<(string, string)>();
        foreach (var paper in Papers)
        {
            foreach (var id in Results[paper.Id].Annotations.IntroducedEntityIds)
            {
                var match = MatchingGold(paper, id);
                predicted.Add((paper.Id, match < 0 ? "predicted:" + id : $"gold:{match}"));
            }
        }

        return HeldOutScore.Of(predicted, gold);
    }

    private int MatchingGold(HeldOutPaper paper, string entityId)
    {
        var entity = EntityOf(entityId);
        var keys = entity is null ? [] : entity.Aliases.Append(entity.Name).Select(TextFolding.Key).ToHashSet();
        for (var i = 0; i < paper.Introduced.Count; i++)
        {
            if (paper.Introduced[i].Names.Any(n => keys.Contains(TextFolding.Key(n))))
            {
                return i;
            }
        }

        return -1;
    }
}
