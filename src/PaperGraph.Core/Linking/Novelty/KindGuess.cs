using System.Text.RegularExpressions;
using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Linking.Novelty;

/// <summary>What kind of thing an introduced name is, guessed from the name itself and the words of its sentence.</summary>
internal static partial class KindGuess
{
    /// <summary>
    /// The kind for the name ending at <paramref name="nameEnd"/>, its cue starting at <paramref name="from"/>: a name
    /// ending in Bench, Eval, QA or Arena is a dataset; else the kind noun nearest the name in its sentence ("we propose
    /// X, a benchmark …" but "we introduce X, a framework, and evaluate it on a new benchmark"); else a method.
    /// </summary>
    public static EntityKind Of(string text, int from, int nameEnd) => Stated(text, from, nameEnd) ?? EntityKind.Method;

    /// <summary><see cref="Of"/>, or null where neither the name nor its sentence says a kind.</summary>
    public static EntityKind? Stated(string text, int from, int nameEnd)
    {
        // The sentence before the cue counts too: "we introduce a new benchmark, called LongTalk".
        var sentenceStart = from == 0 ? -1 : text.LastIndexOf(". ", from - 1, Math.Min(from, 200), StringComparison.Ordinal);
        from = sentenceStart >= 0 ? sentenceStart + 2 : Math.Max(0, from - 200);
        var nameStart = nameEnd;
        while (nameStart > from && !char.IsWhiteSpace(text[nameStart - 1]))
        {
            nameStart--;
        }

        if (BenchmarkName().IsMatch(text.AsSpan(nameStart, nameEnd - nameStart)))
        {
            return EntityKind.Dataset;
        }

        var windowEnd = Math.Min(text.Length, nameEnd + 80);
        var sentenceEnd = text.IndexOf(". ", nameEnd, windowEnd - nameEnd, StringComparison.Ordinal);
        var window = text[from..(sentenceEnd < 0 ? windowEnd : sentenceEnd)];
        var nearest = KindNoun().Matches(window)
            .Select(m => (Match: m, Distance: from + m.Index >= nameEnd ? from + m.Index - nameEnd : Math.Max(0, nameStart - (from + m.Index + m.Length))))
            .OrderBy(p => p.Distance)
            .Select(p => p.Match)
            .FirstOrDefault();
        return nearest is null ? null
            : nearest.Groups["dataset"].Success ? EntityKind.Dataset
            : nearest.Groups["model"].Success ? EntityKind.Model
            : EntityKind.Method;
    }

    [GeneratedRegex(@"\b(?:dataset|datasets|benchmark|benchmarks|corpus|corpora|suite|test ?bed|collection|leaderboard)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex DatasetCue();

    [GeneratedRegex(@"(?:Bench|-bench|Eval|QA|Arena)(?:-?v?\d+(?:\.\d+)?|-[A-Z][A-Za-z]*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex BenchmarkName();

    [GeneratedRegex(
        @"\b(?:(?<dataset>dataset|datasets|benchmark|benchmarks|corpus|corpora|suite|test ?bed|collection|leaderboard)|(?<model>model|models|LLM|LLMs|language model|foundation model|network|architecture)|(?<method>method|framework|approach|algorithm|technique|pipeline|strategy|mechanism|paradigm|module|loss|objective|scheme|system|agent|toolkit|library))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KindNoun();
}
