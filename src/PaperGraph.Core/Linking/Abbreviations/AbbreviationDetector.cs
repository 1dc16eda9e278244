namespace PaperGraph.Core.Linking.Abbreviations;

/// <summary>
/// Finds "long form (SHORT)" definitions (Schwartz &amp; Hearst, PSB 2003): the short form's characters are
/// found right to left in the words before the parenthesis, the first one at a word start. Names like
/// <c>BERT4Rec</c> that only echo the long form's initials are accepted when the initials of the long form's
/// content words spell the short form's capitals. The reverse order, "SHORT (Long Form)", is read too
/// (<see cref="Reversed"/>).
/// </summary>
internal static partial class AbbreviationDetector
{
    private static readonly HashSet<string> MinorWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "for", "from", "and", "the", "with", "on", "in", "to", "a", "an", "by", "via",
    };

    public static IReadOnlyList<AbbreviationDefinition> Find(string text)
    {
        List<AbbreviationDefinition>? found = null;
        List<(int Start, int End)>? words = null;
        for (var open = text.IndexOf('(', StringComparison.Ordinal); open > 0; open = text.IndexOf('(', open + 1))
        {
            var close = text.IndexOf(')', open + 1);
            if (close < 0)
            {
                break;
            }

            var inner = text.AsSpan(open + 1, close - open - 1);
            var cut = inner.IndexOfAny([';', ',']);
            var shortSpan = (cut >= 0 ? inner[..cut] : inner).Trim();
            if (!IsShortForm(shortSpan))
            {
                if (cut < 0 && Reversed(text, open, close) is { } reversed)
                {
                    (found ??= []).Add(reversed);
                }

                continue;
            }

            var shortForm = shortSpan.ToString();
            var shortStart = open + 1 + inner.IndexOf(shortSpan, StringComparison.Ordinal);
            if (LongForm(text, open, shortForm, words ??= new(8)) is { } longStart)
            {
                (found ??= []).Add(new AbbreviationDefinition(shortForm, shortStart, text[longStart..open].TrimEnd(), longStart));
            }
        }

        return found is null ? [] : found;
    }

    private static bool IsShortForm(ReadOnlySpan<char> candidate)
    {
        if (candidate.Length is < 2 or > 12 || candidate.Contains(' ') || !char.IsLetter(candidate[0]))
        {
            return false;
        }

        foreach (var c in candidate[1..])
        {
            if (char.IsUpper(c) || char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Start of the long form that ends before <paramref name="open"/>, or null.</summary>
    private static int? LongForm(string text, int open, string shortForm, List<(int Start, int End)> words)
    {
        WordsBefore(text, open, Math.Min(shortForm.Length + 5, shortForm.Length * 2), words);
        if (words.Count == 0)
        {
            return null;
        }

        return SchwartzHearst(text, words, open, shortForm) ?? Initials(text, words, shortForm);
    }

    private static int? SchwartzHearst(string text, List<(int Start, int End)> words, int open, string shortForm)
    {
        var windowStart = words[^1].Start;
        var longForm = text.AsSpan(windowStart, open - windowStart);
        var l = longForm.Length - 1;
        for (var s = shortForm.Length - 1; s >= 0; s--)
        {
            var c = char.ToLowerInvariant(shortForm[s]);
            if (!char.IsLetterOrDigit(c))
            {
                continue;
            }

            while (l >= 0 && (char.ToLowerInvariant(longForm[l]) != c || (s == 0 && l > 0 && char.IsLetterOrDigit(longForm[l - 1]))))
            {
                l--;
            }

            if (l < 0)
            {
                return null;
            }

            l--;
        }

        var start = windowStart + l + 1;
        while (start > windowStart && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        return start;
    }

    private static int? Initials(string text, List<(int Start, int End)> words, string shortForm)
    {
        var capitals = new string(shortForm.Where(char.IsUpper).ToArray());
        var initials = "";
        for (var k = 0; k < words.Count; k++)
        {
            var (start, end) = words[k];
            if (MinorWords.Contains(text[start..end]))
            {
                continue;
            }

            initials = char.ToUpperInvariant(text[start]) + initials;
            if (initials.Length >= 2 && initials.Length >= capitals.Length - 1 && capitals.StartsWith(initials, StringComparison.Ordinal))
            {
                return start;
            }
        }

        return null;
    }

    /// <summary>Up to <paramref name="max"/> words before <paramref name="open"/>, nearest first, stopping at a sentence or clause break.</summary>
    private static void WordsBefore(string text, int open, int max, List<(int Start, int End)> words)
    {
        words.Clear();
        var i = open - 1;
        while (words.Count < max)
        {
            while (i >= 0 && text[i] == ' ')
            {
                i--;
            }

            if (i < 0 || !char.IsLetterOrDigit(text[i]))
            {
                break;
            }

            var end = i + 1;
            while (i >= 0 && (char.IsLetterOrDigit(text[i]) || text[i] is '-' or '\''))
            {
                i--;
            }

            words.Add((i + 1, end));
        }
    }
}
