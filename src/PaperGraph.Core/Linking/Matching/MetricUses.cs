using System.Text.RegularExpressions;

namespace PaperGraph.Core.Linking.Matching;

/// <summary>
/// Catalog acronyms that are also metric names, where a field uses them as a metric: "MAE = 0.59", "MAE: 4.1 years", "a 0.059 decrease in MAE", "MSE,
/// MAE, and R2". The masked autoencoder is MAE too; a figure beside the acronym says which is meant, and the labelling
/// guidelines leave metrics out.
/// </summary>
internal static partial class MetricUses
{
    /// <summary>Acronyms that name a metric as well as a catalog entry (MAE: the masked autoencoder, mean absolute error).</summary>
    private static readonly HashSet<string> MetricAcronyms = new(StringComparer.Ordinal)
    {
        "MAE", "MAEs", "MSE", "RMSE", "MAPE", "SMAPE", "EER", "ACC", "AP", "mAP", "KID", "FVD", "CER", "WER", "NSE", "PLCC", "SRCC",
    };

    /// <summary>The same set asked with a span of the field, so that no candidate costs a string.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MetricAcronymSpans = MetricAcronyms.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Removes the catalog candidates written as such an acronym where the text uses it as a metric, and the models and
    /// architectures that name a metric with "score" after them: "CLIP score", "BERT Score", "DINO-score".
    /// </summary>
    public static void Remove(string field, List<MatchCandidate> candidates) =>
        candidates.RemoveAll(c => c.Origin == MatchOrigin.Catalog
            && ((MetricAcronymSpans.Contains(field.AsSpan(c.Start, c.End - c.Start)) && UsedAsMetric(field, c.Start, c.End)) || NamesScore(field, c)));

    /// <summary>
    /// A model or architecture followed by "score": the metric computed with it, which the guidelines leave out.
    /// Methods keep their mention ("SHAP scores", "BM25 scores" are the method at work).
    /// </summary>
    private static bool NamesScore(string field, MatchCandidate candidate) =>
        candidate.Pattern.Entry.Entity.Kind is Graph.EntityKind.Model or Graph.EntityKind.Architecture
        && ScoreAfter().IsMatch(field.AsSpan(candidate.End, Math.Min(40, field.Length - candidate.End)));

    /// <summary>
    /// "score" as a noun: not the verb after a plural subject ("GPT-4o and Claude score 80%", "… score higher"). The
    /// plural is left alone: "GPT-4.1 scores 45%", "GPT-5.5 scores all images" are the verb as often as "CLIP scores" is
    /// the metric.
    /// </summary>
    [GeneratedRegex(@"^[ -][Ss]core\b(?!\s+(?:[\d$~≈]|(?:only|just|about|around|above|below|over|under|higher|lower|highest|lowest|best|worst|well|poorly|better|worse|a|an|the|near|nearly|roughly|approximately|up|between|within|less|more|comparably|similarly|significantly|substantially|consistently|strongly|competitively|perfectly|at|on|in|as|first|second|top)\b))", RegexOptions.CultureInvariant)]
    private static partial Regex ScoreAfter();

    private static bool UsedAsMetric(string field, int start, int end) =>
        ValueAfter().IsMatch(field.AsSpan(end, Math.Min(24, field.Length - end)))
        || ChangeBefore().IsMatch(field.AsSpan(Math.Max(0, start - 40), Math.Min(40, start)))
        || MetricNeighbour().IsMatch(field.AsSpan(Math.Max(0, start - 12), Math.Min(12, start)))
        || MetricNeighbour2().IsMatch(field.AsSpan(end, Math.Min(16, field.Length - end)));

    /// <summary>A value right after it: "= 0.59", ": 4.1", " of 0.025", "s of 5.38" (a plural before the value).</summary>
    [GeneratedRegex(@"^s?\s*(?:=|:|\bof\b|\(|≈|<|>)\s*\$?[-+]?\d", RegexOptions.CultureInvariant)]
    private static partial Regex ValueAfter();

    /// <summary>A change of it right before: "a 0.059 decrease in", "lower", "reducing disparity", "and 0.24 on".</summary>
    [GeneratedRegex(@"(?:\b(?:lower|higher|lowest|reduced|reduces|reducing|reduction in|decrease in|increase in|improvement in|drop in|error|errors)|\d\s*(?:%|dB)?\s*(?:on|in))\s*(?:\w+\s)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChangeBefore();

    /// <summary>Another metric listed right before: "MSE, MAE", "RMSE and MAE".</summary>
    [GeneratedRegex(@"\b(?:MSE|RMSE|MAPE|R2|R\^2|PSNR|SSIM|accuracy|F1|AUC|NDCG|BLEU|WER|CER)\b\s*(?:,|and|/)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex MetricNeighbour();

    /// <summary>Another metric listed right after: "MAE, RMSE", "MAE and R2".</summary>
    [GeneratedRegex(@"^\s*(?:,|and|/)\s*(?:and\s+)?(?:MSE|RMSE|MAPE|R2|R\^2|R\$|PSNR|SSIM|accuracy|F1|AUC|NDCG|BLEU|WER|CER)\b", RegexOptions.CultureInvariant)]
    private static partial Regex MetricNeighbour2();
}
