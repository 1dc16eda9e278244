using System.Text.RegularExpressions;
using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Linking.Novelty;

/// <summary>What kind of thing an introduced name is, guessed from the name itself and the words of its sentence.</summary>
internal static partial class KindGuess
{
    /// <summary>
    /// The kind for the name ending at <paramref name="nameEnd"/>, its cue starting at <paramref name="from"/>: a name
    /// ending in Bench, Eval, QA or Arena is a dataset; else what the sentence says (see <see cref="Said"/>); else a method.
    /// </summary>
    public static EntityKind Of(string text, int from, int nameEnd) => Stated(text, from, nameEnd) ?? EntityKind.Method;

    /// <summary><see cref="Of"/>, or null where neither the name nor its sentence says a kind.</summary>
    public static EntityKind? Stated(string text, int from, int nameEnd) => Said(text, from, nameEnd)?.Kind;

    /// <summary>
    /// The kind the name or its sentence says, and whether an apposition said it. Where the sentence says it, in this
    /// order: a kind noun ending the name or its long form ("Perceive Anything Model", "… Benchmark (HTEB)"); a subtitle
    /// that benchmarks or evaluates ("X: Benchmarking LLMs on …", a dataset); the apposition after the name, up to the first
    /// clause or preposition ("X (Long Form), a training-free acceleration strategy", "X framework", but not "X, which
    /// introduces a small reflection model" nor "X: Resolving Conflicts in LLMs"); the words between the cue and the
    /// name ("we present the video reasoning model X"); the rest of the sentence before the cue ("we introduce a new
    /// benchmark, called LongTalk"). Within each, the noun nearest the name. A noun that only modifies the next word
    /// ("LLM-generated", "model-based") says nothing.
    /// </summary>
    public static (EntityKind Kind, bool Apposed)? Said(string text, int from, int nameEnd)
    {
        // The sentence before the cue counts too: "we introduce a new benchmark, called LongTalk".
        var sentenceStart = from == 0 ? -1 : text.LastIndexOf(". ", from - 1, Math.Min(from, 200), StringComparison.Ordinal);
        var start = sentenceStart >= 0 ? sentenceStart + 2 : Math.Max(0, from - 200);
        while (nameEnd > start && char.IsWhiteSpace(text[nameEnd - 1]))
        {
            nameEnd--; // "I-WebGenBench : Evaluating …"
        }

        var nameStart = nameEnd;
        while (nameStart > start && !char.IsWhiteSpace(text[nameStart - 1]))
        {
            nameStart--;
        }

        if (BenchmarkName().IsMatch(text.AsSpan(nameStart, nameEnd - nameStart)))
        {
            return (EntityKind.Dataset, false);
        }

        if (NamedBy(text, nameStart, nameEnd) is { } named)
        {
            return (KindOf(named), false);
        }

        var after = SkipParenthesis(text, nameEnd);
        var colon = after;
        while (colon < text.Length && text[colon] == ' ')
        {
            colon++;
        }

        if (EvaluationSubtitle(text, colon))
        {
            return (EntityKind.Dataset, true); // "X: Benchmarking LLMs on …", "X: Evaluating the Reasoning of …"
        }

        var windowEnd = Math.Min(text.Length, after + 80);
        var sentenceEnd = text.IndexOf(". ", after, windowEnd - after, StringComparison.Ordinal);
        var appositionEnd = sentenceEnd < 0 ? windowEnd : sentenceEnd;
        var stop = ClauseStart().Match(text, after, appositionEnd - after);
        if (!SaysWhatItDoes(text, colon) && NearestAfter(text, after, stop.Success ? stop.Index : appositionEnd) is { } apposed)
        {
            return (KindOf(apposed), true);
        }

        var cue = Math.Clamp(from, start, nameStart);
        if (NearestBefore(text, cue, nameStart) is { } between)
        {
            return (KindOf(between), false);
        }

        // "a Mamba-based style transfer framework, termed SaMam": the noun the naming word follows is said of the name.
        return NearestBefore(text, start, cue) is { } before
            ? (KindOf(before), NamesWhatPrecedes(text.AsSpan(start + before.Index + before.Length, nameStart - start - before.Index - before.Length)))
            : null;
    }

    /// <summary>Whether the text between a noun and a name makes the name the noun's: nothing, or a naming word ", termed ".</summary>
    private static bool NamesWhatPrecedes(ReadOnlySpan<char> gap)
    {
        gap = gap.Trim(", \"'“");
        return gap.IsEmpty || Namers.Contains(gap.ToString());
    }

    private static readonly HashSet<string> Namers = new(NoveltyDetector.Namers.Split('|'), StringComparer.OrdinalIgnoreCase);

    /// <summary>The kind noun right after a use of <paramref name="name"/> in the text ("the Ultra-FineWeb dataset", "the Qwen3 Embedding series").</summary>
    public static EntityKind? Following(string text, string name)
    {
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var end = at + name.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && end + 1 < text.Length && text[end] == ' '
                && KindNoun().Match(text, end + 1) is { Success: true } noun && noun.Index == end + 1)
            {
                return KindOf(noun);
            }
        }

        return null;
    }

    /// <summary>
    /// A kind noun that is the name's own last word ("Perceive Anything Model"), or the last word of the long form the
    /// name stands in parentheses after ("Harder Text Embedding Benchmark (HTEB)", "normalization module (PNM)").
    /// Not a hyphenated part ("Fourier-VLM" is a method for VLMs).
    /// </summary>
    private static Match? NamedBy(string text, int nameStart, int nameEnd)
    {
        // A dataset word stays one after a hyphen ("A^3-Dataset"); other kind words then often say what the name works on.
        if (NearestAfter(text, nameStart, nameEnd) is { } own && own.Index + own.Length == nameEnd
            && (own.Index == nameStart || (text[own.Index - 1] == '-' && own.Groups["dataset"].Success)))
        {
            return own;
        }

        if (nameStart >= 2 && text[nameStart] == '(' && text[nameStart - 1] == ' ')
        {
            var wordStart = text.LastIndexOf(' ', nameStart - 2) + 1;
            return NearestAfter(text, wordStart, nameStart - 1) is { } longForm && longForm.Index == wordStart && longForm.Index + longForm.Length == nameStart - 1
                ? longForm
                : null;
        }

        return null;
    }

    /// <summary>A title's subtitle opening with "Benchmarking" or "Evaluating": the name is the benchmark that does so.</summary>
    private static bool EvaluationSubtitle(string text, int at) =>
        at < text.Length && text[at] == ':' && FirstWord().Match(text, at + 1) is { Success: true } word && word.Groups[1].Value is "Benchmarking" or "Evaluating";

    /// <summary>A subtitle that says what the name does or asks a question ("X: Resolving …", "X: Towards …"), not what it is.</summary>
    private static bool SaysWhatItDoes(string text, int at)
    {
        if (at >= text.Length || text[at] != ':')
        {
            return false;
        }

        var match = FirstWord().Match(text, at + 1);
        var word = match.Groups[1].Value;
        return match.Success && ((word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal) && !Presenting.Contains(word)) || NotKindOpeners.Contains(word));
    }

    /// <summary>Gerunds that present the name: "X: Introducing the … Benchmark Dataset" says what X is.</summary>
    private static readonly HashSet<string> Presenting = new(StringComparer.Ordinal) { "Introducing", "Presenting", "Releasing", "Announcing" };

    private static readonly HashSet<string> NotKindOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "Towards", "Toward", "Beyond", "When", "How", "Why", "What", "Can", "Do", "Does", "Is", "Are", "Train", "Make", "Teach", "Let",
    };

    private static Match? NearestAfter(string text, int from, int to) =>
        to <= from ? null : KindNoun().Match(text, from, to - from) is { Success: true } m ? m : null;

    /// <summary>The kind noun nearest the end of the range that is not the object of a preposition ("a paradigm for VLMs").</summary>
    private static Match? NearestBefore(string text, int from, int to) =>
        to <= from ? null : KindNoun().Matches(text[from..to]).LastOrDefault(m => !ObjectOfPreposition().IsMatch(text.AsSpan(from, m.Index)));

    private static EntityKind KindOf(Match noun) =>
        noun.Groups["dataset"].Success ? EntityKind.Dataset
        : noun.Groups["model"].Success ? EntityKind.Model
        : EntityKind.Method;

    /// <summary>Past a parenthesised long form or short form right after the name: "FPAC (Foreground-Prioritized …), a strategy".</summary>
    private static int SkipParenthesis(string text, int at)
    {
        var open = at < text.Length && text[at] == ' ' ? at + 1 : at;
        if (open >= text.Length || text[open] != '(')
        {
            return at;
        }

        var close = text.IndexOf(')', open);
        return close < 0 || close - open > 120 ? at : close + 1;
    }

    [GeneratedRegex(@"\b(?:dataset|datasets|benchmark|benchmarks|corpus|corpora|suite|test ?bed|collection|leaderboard)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex DatasetCue();

    [GeneratedRegex(@"(?:Bench|-bench|Eval|QA|Arena)(?:-?v?\d+(?:\.\d+)?|-[A-Z][A-Za-z]*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex BenchmarkName();

    /// <summary>Where an apposition ends: a relative clause, an infinitive or a preposition ("X, a benchmark for …").</summary>
    [GeneratedRegex(@"\s(?:which|that|who|whose|where|when|while|to|for|with|without|by|using|via|in|into|on|onto|within|through|from|towards?|under|against|across|over|between|among|at|as|during)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseStart();

    /// <summary>Text ending in a preposition and at most two more words, before a noun: "… for large language".</summary>
    [GeneratedRegex(@"\b(?:for|of|to|in|into|on|with|across|from|by|over|via)\s+(?:[\w-]+\s+){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex ObjectOfPreposition();

    [GeneratedRegex(@"\G\s*([A-Za-z]+)", RegexOptions.CultureInvariant)]
    private static partial Regex FirstWord();

    [GeneratedRegex(
        @"\b(?:(?<dataset>dataset|datasets|benchmark|benchmarks|corpus|corpora|suite|test ?bed|collection|leaderboard)|(?<model>model|models|LLM|LLMs|MLLM|MLLMs|LMM|LMMs|VLM|VLMs|language model|foundation model|network|hypernetwork|architecture|family|series)|(?<method>method|framework|approach|algorithm|technique|pipeline|strategy|mechanism|paradigm|module|loss|objective|scheme|system|agent|toolkit|library))\b(?!-)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KindNoun();
}
