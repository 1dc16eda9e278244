using System.Text.RegularExpressions;
using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Linking.Novelty;

/// <summary>What kind of thing an introduced name is, guessed from the words of its sentence.</summary>
internal static partial class KindGuess
{
    /// <summary>The kind the sentence from <paramref name="from"/> suggests for the name ending at <paramref name="nameEnd"/>: a dataset, a model, else a method.</summary>
    public static EntityKind Of(string text, int from, int nameEnd)
    {
        var windowEnd = Math.Min(text.Length, nameEnd + 80);
        var sentenceEnd = text.IndexOf(". ", nameEnd, windowEnd - nameEnd, StringComparison.Ordinal);
        var window = text.AsSpan(from, (sentenceEnd < 0 ? windowEnd : sentenceEnd) - from); // the regexes see only the window, as a string
        return DatasetCue().IsMatch(window) ? EntityKind.Dataset
            : ModelCue().IsMatch(window) ? EntityKind.Model
            : EntityKind.Method;
    }

    [GeneratedRegex(@"\b(?:dataset|datasets|benchmark|benchmarks|corpus|corpora|suite|test ?bed|collection|leaderboard)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex DatasetCue();

    [GeneratedRegex(@"\b(?:model|models|LLM|LLMs|language model|foundation model|network|architecture)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ModelCue();
}
