using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace PaperGraph.Core.Linking.Novelty;

internal static partial class CueSentenceNames
{
    // "we propose", "this work introduces", "we call", "… and propose", "our proposed", "the proposed"; a subject
    // or a conjunction first, so that "These methods introduce noise" is no cue. The patterns are built from these
    // lists, and CueScan's words and limits below are derived from the same lists.
    internal const string Subjects = "We|we|This paper|This work|This study|this paper|this work|this study|and|then";
    internal const string Verbs = "propose|introduce|present|develop|design|create|construct|call|term";
    internal const string Owners = "Our|our|The|the"; // "our proposed", "the newly proposed"
    internal const string NovelWords = "novel|new";

    /// <summary>The cue pattern, unanchored: what <see cref="CueScan"/> must find the same matches of.</summary>
    internal const string CueText = @"\b(?:(?:" + Subjects + @")(?:\s+[a-z]+ly)?\s+(?:" + Verbs + @")[sd]?|(?:" + Owners + @") (?:newly )?proposed)\b";

    /// <summary>"a novel mechanism, Synaptic Resonance, is introduced", unanchored.</summary>
    internal const string PassiveText = @"\b(?:" + NovelWords + @")\s+(?:[a-z-]+\s+){0,2}?(?:method|mechanism|framework|model|architecture|approach|technique|algorithm|dataset|benchmark|network|system|paradigm|module),\s+(?<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}),\s+(?:is|was)\s+(?:introduced|proposed|presented|developed)\b";

    /// <summary>The verbs every <see cref="Cue"/> match holds ("proposed" holds "propose"), each after white space.</summary>
    internal static readonly ImmutableArray<string> CueVerbs = [.. Verbs.Split('|')];

    /// <summary>Every <see cref="Cue"/> match starts with one of these (its subject's first word, a conjunction, or "our"/"the").</summary>
    internal static readonly ImmutableArray<string> CueSubjects = [.. Subjects.Split('|').Concat(Owners.Split('|')).Select(s => s.Split(' ')[0]).Distinct()];

    /// <summary>Every <see cref="Passive"/> match starts with one of these.</summary>
    internal static readonly ImmutableArray<string> PassiveWords = [.. NovelWords.Split('|')];

    /// <summary>The cue words of both patterns, for the <see cref="CueScan"/> that finds an abstract's word starts.</summary>
    internal static readonly ImmutableArray<string> CueWords = [.. CueVerbs, .. PassiveWords];

    /// <summary>The longest subject ("This paper", "this study"); "Our newly" ends in a lower-case word, skipped like an "-ly" word.</summary>
    internal static readonly int LongestSubject = Subjects.Split('|').Concat(Owners.Split('|')).Max(s => s.Length);

    private static readonly CueScan Scan = new(CueWords);

    /// <summary>The matches of <see cref="Cue"/> in <paramref name="text"/>, whose cue words start at <paramref name="wordStarts"/>.</summary>
    internal static IEnumerable<Match> CueMatches(string text, IReadOnlyList<int> wordStarts) =>
        CueScan.Matches(text, wordStarts, Cue(), CueVerbs, CueStart, CueSubjects);

    /// <summary>The matches of <see cref="Passive"/> in <paramref name="text"/>, whose cue words start at <paramref name="wordStarts"/>.</summary>
    internal static IEnumerable<Match> PassiveMatches(string text, IReadOnlyList<int> wordStarts) =>
        CueScan.Matches(text, wordStarts, Passive(), PassiveWords, static (_, word) => word, PassiveWords);

    /// <summary>
    /// The earliest start of a <see cref="Cue"/> match whose verb is at <paramref name="verb"/>: before the verb
    /// at most white space, an "-ly" word (or "newly") and white space, then the subject.
    /// </summary>
    internal static int CueStart(string text, int verb)
    {
        var start = CueScan.SkipWhiteSpaceBack(text, verb);
        while (start > 0 && char.IsAsciiLetterLower(text[start - 1]))
        {
            start--;
        }

        return CueScan.SkipWhiteSpaceBack(text, start) - LongestSubject;
    }

    /// <summary>
    /// The first token in [<paramref name="from"/>, <paramref name="to"/>): a space, ", " or "(" (<paramref name="before"/>)
    /// then a word, an ASCII letter or digit followed by word chars (\w), '+' and '-' — what the regex
    /// <c>(?&lt;before&gt;, |\(| )(?&lt;word&gt;[A-Za-z0-9][\w+-]*)</c> matched over that range alone, without a Match and
    /// three strings per word of every cue sentence.
    /// </summary>
    internal static bool NextToken(string text, int from, int to, out string before, out int wordStart, out int wordEnd)
    {
        for (var at = from; at < to; at++)
        {
            before = text[at] switch
            {
                ',' when at + 1 < to && text[at + 1] == ' ' => ", ",
                '(' => "(",
                ' ' => " ",
                _ => string.Empty,
            };
            wordStart = at + before.Length;
            if (before.Length == 0 || wordStart >= to || !char.IsAsciiLetterOrDigit(text[wordStart]))
            {
                continue;
            }

            wordEnd = wordStart + 1;
            while (wordEnd < to && IsWordChar(text, wordEnd))
            {
                wordEnd++;
            }

            return true;
        }

        (before, wordStart, wordEnd) = (string.Empty, to, to);
        return false;
    }

    private static bool IsWordChar(string text, int at)
    {
        var c = text[at];
        return c < 128 ? char.IsAsciiLetterOrDigit(c) || c is '_' or '+' or '-' : WordChar().IsMatch(text.AsSpan(at, 1));
    }

    [GeneratedRegex(@"\G" + CueText, RegexOptions.CultureInvariant)]
    private static partial Regex Cue();

    [GeneratedRegex(@"\G" + PassiveText, RegexOptions.CultureInvariant)]
    private static partial Regex Passive();

    /// <summary>The regex's own word chars, for the rare non-ASCII char.</summary>
    [GeneratedRegex(@"^[\w+-]\z", RegexOptions.CultureInvariant)]
    private static partial Regex WordChar();
}
