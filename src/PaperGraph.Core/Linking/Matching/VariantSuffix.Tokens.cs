namespace PaperGraph.Core.Linking.Matching;

// The token readers of the suffix grammar in VariantSuffix.cs: patches, parameter counts, splits, numbers.
internal static partial class VariantSuffix
{
    /// <summary>After a size letter or word, a patch size: <c>/16</c>; after a size letter also <c>-32</c>.</summary>
    private static int Patch(string text, int at, bool afterLetter)
    {
        if (at + 1 < text.Length && text[at] == '/' && Digits(text, at + 1) is var end && end > at + 1 && !IsWordChar(text, end))
        {
            return end;
        }

        // open_clip's spelling of a patch after a size letter: "ViT-B-32", "ViT-L-14" (two digits, nothing joined on).
        if (afterLetter && at + 1 < text.Length && text[at] == '-' && Digits(text, at + 1) is var hyphenEnd && hyphenEnd == at + 3 && !IsWordChar(text, hyphenEnd))
        {
            return hyphenEnd;
        }

        return at;
    }

    /// <summary>Where a parameter count starting at <paramref name="at"/> ends (<c>7B</c>, <c>1.5B</c>, <c>125M</c>, <c>8x7B</c>), or -1.</summary>
    private static int Parameters(string text, int at)
    {
        var end = Number(text, at);
        if (end > at && end < text.Length && text[end] is 'x' && Number(text, end + 1) is var experts && experts > end + 1)
        {
            // "8x7B": experts times size, in billions only.
            return experts < text.Length && text[experts] is 'B' or 'b' && !IsWordChar(text, experts + 1) ? experts + 1 : -1;
        }

        return end > at && end < text.Length && text[end] is 'B' or 'b' or 'M' or 'm' && !IsWordChar(text, end + 1) ? end + 1 : -1;
    }

    private static (Token? Token, int End) Split(string text, int at)
    {
        foreach (var split in Splits)
        {
            if (string.CompareOrdinal(text, at, split, 0, split.Length) != 0)
            {
                continue;
            }

            var year = at + split.Length;
            if (Digits(text, year) == year + 4 && !IsWordChar(text, year + 4) && text[year] is '1' or '2')
            {
                return (Token.Split, year + 4); // "val2017"
            }
        }

        foreach (var split in (ReadOnlySpan<string>)["test-dev", "test-std"])
        {
            if (string.CompareOrdinal(text, at, split, 0, split.Length) == 0 && !IsWordChar(text, at + split.Length))
            {
                return (Token.Split, at + split.Length);
            }
        }

        return (null, at);
    }

    private static bool FollowedByCountNoun(string text, int at)
    {
        var from = at < text.Length && text[at] is ' ' or '-' ? at + 1 : at;
        foreach (var noun in CountNouns)
        {
            if (string.Compare(text, from, noun, 0, noun.Length, StringComparison.OrdinalIgnoreCase) == 0 && !IsWordChar(text, from + noun.Length))
            {
                return true;
            }
        }

        return string.Compare(text, from, "parameter", 0, 9, StringComparison.OrdinalIgnoreCase) == 0;
    }

    /// <summary>Where a run of digits, with one decimal part, starting at <paramref name="at"/> ends.</summary>
    private static int Number(string text, int at)
    {
        var end = Digits(text, at);
        if (end > at && end + 1 < text.Length && text[end] == '.' && char.IsAsciiDigit(text[end + 1]))
        {
            end = Digits(text, end + 1);
        }

        return end;
    }

    private static int Digits(string text, int at)
    {
        while (at < text.Length && char.IsAsciiDigit(text[at]))
        {
            at++;
        }

        return at;
    }

    private static int WordStart(string text, int at)
    {
        while (at > 0 && char.IsLetterOrDigit(text[at - 1]))
        {
            at--;
        }

        return at;
    }

    private static bool Contains(string[] words, ReadOnlySpan<char> word)
    {
        foreach (var candidate in words)
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWordChar(string text, int at) => at < text.Length && char.IsLetterOrDigit(text[at]);
}
