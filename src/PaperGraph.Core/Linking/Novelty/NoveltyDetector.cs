using System.Collections.Immutable;
using System.Text.RegularExpressions;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Linking.Matching;

namespace PaperGraph.Core.Linking.Novelty;

/// <summary>
/// Finds the names a paper introduces: "we propose X", "we introduce X, a …", "we present X", "dubbed X",
/// "called X", "named X", and a title "X: …". A candidate must look like a name (a capital inside or a digit,
/// all capitals, or a capitalised word right after the cue) and not be a generic word.
/// </summary>
internal static partial class NoveltyDetector
{
    public static IReadOnlyList<IntroducedName> Find(Paper paper)
    {
        var found = new List<IntroducedName>();
        if (TitleName(paper.Title) is { } titleName)
        {
            found.Add(titleName);
        }

        var cueWords = CueScan.WordStarts(paper.Abstract);
        foreach (var match in CueScan.Matches(paper.Abstract, cueWords, CuePattern(), CueWords, static (text, cue) => CueScan.SkipWhiteSpaceBack(text, cue) - LongestSubject, CueStarts))
        {
            var name = match.Groups["name"];
            var value = TrimName(name.Value);
            if (IsName(value, strong: match.Groups["named"].Success || match.Groups["verb"].Success))
            {
                found.Add(new IntroducedName(value, MentionField.Abstract, name.Index, GuessKind(paper.Abstract, match.Index, name.Index + value.Length), match.Value.Trim()));
            }
        }

        foreach (var name in CueSentenceNames.Find(paper.Abstract, cueWords))
        {
            // The same thing under its other form ("Ptr-Net" after "Pointer Net") is not a second introduction.
            if (!found.Any(f => SameName(f, name)))
            {
                found.Add(name);
            }
        }

        return found.Count <= 1 ? found : found.DistinctBy(n => TextFolding.Key(n.Name)).ToArray();
    }

    private static IntroducedName? TitleName(string title)
    {
        var colon = title.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return null;
        }

        var head = title[..colon].Trim();
        var words = head.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var single = words.Length == 1 && IsName(head, strong: true);
        var multi = words.Length is >= 2 and <= 4 && words.All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]))
            && (words.Any(w => HasInnerCapitalOrDigit(w)) || DatasetCue().IsMatch(FirstWords(title[(colon + 1)..], 6)));
        return single || multi
            ? new IntroducedName(head, MentionField.Title, title.IndexOf(head, StringComparison.Ordinal), GuessKind(title, 0, title.Length), "title")
            : null;
    }

    /// <summary>Whether a candidate looks like a proper name rather than a phrase; <paramref name="strong"/> admits plain capitalised words.</summary>
    internal static bool IsName(string candidate, bool strong)
    {
        // A name has a letter: "we propose 3.1" is a version number cut from its name, not a name.
        if (candidate.Length < 2 || candidate.Length > 40 || !char.IsLetterOrDigit(candidate[0]) || !candidate.Any(char.IsLetter)
            || NoveltyStopWords.Contains(candidate)
            || DescriptiveSuffix().IsMatch(candidate))
        {
            return false;
        }

        var words = candidate.Split(' ');
        if (words.Length > 4 || words.Any(w => w.Length == 0 || !(char.IsUpper(w[0]) || char.IsDigit(w[0]))))
        {
            return false;
        }

        return words.Any(HasInnerCapitalOrDigit) || (strong && char.IsUpper(candidate[0]) && !NoveltyStopWords.Contains(words[0]));
    }

    private static bool HasInnerCapitalOrDigit(string word) => HasInnerCapitalOrDigit(word.AsSpan());

    internal static bool HasInnerCapitalOrDigit(ReadOnlySpan<char> word)
    {
        // One pass with an early exit: cue sentences ask this of every word.
        bool lower = false, letter = false;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (i > 0 && (char.IsUpper(c) || char.IsDigit(c)))
            {
                return true;
            }

            lower |= char.IsLower(c);
            letter |= char.IsLetter(c);
        }

        return word.Length >= 2 && !lower && letter;
    }

    private static string TrimName(string name)
    {
        var stop = name.IndexOfAny(['.', ',', ';', ':'], 1);
        while (stop > 0 && stop + 1 < name.Length && char.IsLetterOrDigit(name[stop + 1]))
        {
            stop = name.IndexOfAny(['.', ',', ';', ':'], stop + 1); // "Llama-3.1" keeps its dot
        }

        return (stop > 0 ? name[..stop] : name).TrimEnd('.', ',', ';', ':', '"', '\'', '\u201D');
    }

    private static bool SameName(IntroducedName a, IntroducedName b)
    {
        string?[] keys = [TextFolding.Key(a.Name), a.Alias is null ? null : TextFolding.Key(a.Alias)];
        return keys.Contains(TextFolding.Key(b.Name)) || (b.Alias is not null && keys.Contains(TextFolding.Key(b.Alias)));
    }

    internal static EntityKind GuessKind(string text, int from, int nameEnd)
    {
        var windowEnd = Math.Min(text.Length, nameEnd + 80);
        var sentenceEnd = text.IndexOf(". ", nameEnd, windowEnd - nameEnd, StringComparison.Ordinal);
        var window = text.AsSpan(from, (sentenceEnd < 0 ? windowEnd : sentenceEnd) - from); // the regexes see only the window, as a string
        return DatasetCue().IsMatch(window) ? EntityKind.Dataset
            : ModelCue().IsMatch(window) ? EntityKind.Model
            : EntityKind.Method;
    }

    private static string FirstWords(string text, int count) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(count));

    // "we propose KeyFace, a ..." / "we introduce a new benchmark, called LongBench" / "dubbed X" / "termed X".
    private const string Cue = """(?:\b(?:[Ww]e|[Tt]his (?:paper|work))\s+(?:(?<verb>propose|introduce|present|release|develop|design|build|construct|contribute|open-source)s?d?\s+)|(?<named>\b(?:called|named|dubbed|termed|coined|namely)\s+))["“']?(?<name>[A-Z0-9][\w.+^-]*(?:\s+(?:[A-Z0-9][\w.+-]*)){0,3})""";

    /// <summary>
    /// Every cue word a <see cref="Cue"/> match holds, after white space or \b; a match starts at most "This paper"
    /// and a run of white space before one (<see cref="CueScan"/> relies on both).
    /// </summary>
    internal static readonly ImmutableArray<string> CueWords =
        ["propose", "introduce", "present", "release", "develop", "design", "build", "construct", "contribute", "open-source",
         "called", "named", "dubbed", "termed", "coined", "namely"];

    /// <summary>Every <see cref="Cue"/> match starts with one of these: its subject or, with no subject, its naming word.</summary>
    private static readonly ImmutableArray<string> CueStarts =
        ["We", "we", "This", "this", "called", "named", "dubbed", "termed", "coined", "namely"];

    private const int LongestSubject = 10; // "This paper"

    /// <summary><see cref="Cue"/> tried at one position only (<c>\G</c>): <see cref="CueScan"/> picks the positions.</summary>
    [GeneratedRegex(@"\G(?:" + Cue + ")", RegexOptions.CultureInvariant)]
    private static partial Regex CuePattern();

    [GeneratedRegex(@"-(?:based|like|style|aware|driven|guided|free|enhanced|powered|specific|only)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DescriptiveSuffix();

    [GeneratedRegex(@"\b(?:dataset|datasets|benchmark|benchmarks|corpus|corpora|suite|test ?bed|collection|leaderboard)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DatasetCue();

    [GeneratedRegex(@"\b(?:model|models|LLM|LLMs|language model|foundation model|network|architecture)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ModelCue();
}
