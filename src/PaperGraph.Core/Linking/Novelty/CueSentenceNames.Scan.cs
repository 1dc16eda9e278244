using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace PaperGraph.Core.Linking.Novelty;

internal static partial class CueSentenceNames
{
    /// <summary>The verbs every <see cref="Cue"/> match holds ("proposed" holds "propose"), each after white space.</summary>
    internal static readonly ImmutableArray<string> CueVerbs = ["propose", "introduce", "present", "develop", "design", "call", "term"];

    /// <summary>Every <see cref="Cue"/> match starts with one of these (its subject, a conjunction, or "our"/"the").</summary>
    internal static readonly ImmutableArray<string> CueSubjects = ["We", "we", "This", "this", "and", "then", "Our", "our", "The", "the"];

    /// <summary>Every <see cref="Passive"/> match starts with one of these.</summary>
    internal static readonly ImmutableArray<string> PassiveWords = ["novel", "new"];

    private const int LongestSubject = 10; // "This paper", "this study"; "Our newly" is shorter

    /// <summary>
    /// The earliest start of a <see cref="Cue"/> match whose verb is at <paramref name="verb"/>: before the verb
    /// at most white space, an "-ly" word (or "newly") and white space, then the subject.
    /// </summary>
    private static int CueStart(string text, int verb)
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
    private static bool NextToken(string text, int from, int to, out string before, out int wordStart, out int wordEnd)
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

    /// <summary>The regex's own word chars, for the rare non-ASCII char.</summary>
    [GeneratedRegex(@"^[\w+-]\z", RegexOptions.CultureInvariant)]
    private static partial Regex WordChar();
}
