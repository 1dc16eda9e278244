namespace PaperGraph.Core.Tests.HeldOut;

internal sealed partial class HeldOutEvaluation
{
    /// <summary>The set's figures, one per line, as heldout-figures.txt and tuning-figures.txt print them.</summary>
    public IEnumerable<string> Figures(string setName)
    {
        yield return $"{setName}: {Papers.Count} papers, {Papers.Sum(p => p.Mentions.Count)} gold mentions, {Papers.Sum(p => p.Introduced.Count)} introduced entities";
        yield return $"  named mentions (exact span): {Mentions()}";
        yield return $"  named mentions (overlapping span): {MentionsOverlapping()}";
        yield return $"  introduced entities (folded name): {Introduced()}";
        yield return $"  kind of the entity linked at a found span agrees with the gold kind: {KindAgreement()}";
        foreach (var kind in HeldOutLabels.Kinds)
        {
            yield return $"  recall, kind {kind}: {Recall(m => m.Kind == kind)}";
        }

        yield return $"  recall, the paper's own introduced names: {Recall(m => m.Introduced)}";
        yield return $"  recall, other groups' names: {Recall(m => !m.Introduced)}";
        yield return $"  recall, variant/size/plural/case forms (labelled with a base): {Recall(m => m.Base is not null)}";
    }
}
