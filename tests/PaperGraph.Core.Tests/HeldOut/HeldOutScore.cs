namespace PaperGraph.Core.Tests.HeldOut;

/// <summary>Precision and recall as proportions with intervals. They have separate numerators because the relaxed (overlap) figures count matches from each side.</summary>
internal sealed record HeldOutScore(Proportion Precision, Proportion Recall)
{
    public static HeldOutScore Of<T>(IReadOnlySet<T> predicted, IReadOnlySet<T> gold)
    {
        var truePositives = predicted.Count(gold.Contains);
        return new HeldOutScore(new Proportion(truePositives, predicted.Count), new Proportion(truePositives, gold.Count));
    }

    public override string ToString() => $"P={Precision} R={Recall}";
}
