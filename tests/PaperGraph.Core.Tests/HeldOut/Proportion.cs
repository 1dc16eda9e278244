using System.Globalization;

namespace PaperGraph.Core.Tests.HeldOut;

/// <summary>
/// A measured proportion with its 95% Wilson score interval. The interval treats the trials as independent; mentions
/// cluster by paper, so read it as a lower bound on the real uncertainty.
/// </summary>
internal readonly record struct Proportion(int Successes, int Trials)
{
    private const double Z = 1.959963984540054;

    public double Value => Trials == 0 ? double.NaN : (double)Successes / Trials;

    public double Low => Wilson(-1);

    public double High => Wilson(+1);

    public override string ToString() => Trials == 0
        ? "n/a (0/0)"
        : string.Create(CultureInfo.InvariantCulture, $"{Value:F3} [{Low:F3}, {High:F3}] ({Successes}/{Trials})");

    private double Wilson(int sign)
    {
        if (Trials == 0)
        {
            return double.NaN;
        }

        var n = (double)Trials;
        var p = Successes / n;
        var centre = p + (Z * Z / (2 * n));
        var spread = Z * Math.Sqrt((p * (1 - p) / n) + (Z * Z / (4 * n * n)));
        return Math.Clamp((centre + (sign * spread)) / (1 + (Z * Z / n)), 0, 1);
    }
}
