namespace PaperGraph.Core.Exploration;

/// <summary>
/// How much sharing an entity says about two papers: the BM25 inverse document frequency
/// ln((N − df + ½) / (df + ½)), clamped at zero and divided by its largest value (df = 1), so it runs
/// from 1 for an entity one paper mentions down to 0 for one that half the corpus or more mentions.
/// </summary>
internal static class EntityWeight
{
    /// <summary>Entities weighing less than this are not scanned at all: they could only add noise and cost.</summary>
    public const double Negligible = 0.02;

    public static double Of(long documentFrequency, long totalPapers)
    {
        if (totalPapers < 3 || documentFrequency < 1)
        {
            return 0;
        }

        var df = Math.Min(documentFrequency, totalPapers);
        var idf = Math.Log((totalPapers - df + 0.5) / (df + 0.5));
        var max = Math.Log((totalPapers - 0.5) / 1.5);
        return Math.Clamp(idf / max, 0, 1);
    }
}
