using System.Globalization;

namespace PaperGraph.Core.Tests.Linking;

/// <summary>Precision, recall and F1 from counts.</summary>
public sealed record Score(int TruePositives, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? 1 : (double)TruePositives / Predicted;

    public double Recall => Gold == 0 ? 1 : (double)TruePositives / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Score Of<T>(IReadOnlySet<T> predicted, IReadOnlySet<T> gold) => new(predicted.Count(gold.Contains), predicted.Count, gold.Count);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"P={Precision:F3} R={Recall:F3} F1={F1:F3} (tp={TruePositives} pred={Predicted} gold={Gold})");
}
