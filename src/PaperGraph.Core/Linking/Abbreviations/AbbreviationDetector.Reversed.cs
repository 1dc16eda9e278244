namespace PaperGraph.Core.Linking.Abbreviations;

internal static partial class AbbreviationDetector
{
    /// <summary>
    /// "MMSD (Multi-Modal Semantic Decomposition)": a short form right before a parenthesis that spells it out. The long
    /// form is 2–10 words, capitalised, with no digit or clause mark; the short form's first char starts it, each of its
    /// capitals starts a word of it (hyphen parts count), in order, and its other letters and digits follow in order.
    /// </summary>
    private static AbbreviationDefinition? Reversed(string text, int open, int close)
    {
        var longStart = open + 1;
        var longForm = text.AsSpan(longStart, close - longStart);
        if (longForm.Length < 5 || !char.IsUpper(longForm[0]) || longForm.ContainsAny("0123456789,;:.()") || longForm.Count(' ') is < 1 or > 9)
        {
            return null;
        }

        var shortEnd = open;
        while (shortEnd > 0 && text[shortEnd - 1] == ' ')
        {
            shortEnd--;
        }

        var shortStart = shortEnd;
        while (shortStart > 0 && (char.IsLetterOrDigit(text[shortStart - 1]) || text[shortStart - 1] == '-'))
        {
            shortStart--;
        }

        var shortForm = text.AsSpan(shortStart, shortEnd - shortStart).Trim('-');
        if (!IsShortForm(shortForm) || char.ToUpperInvariant(shortForm[0]) != longForm[0] || !SpellsOut(shortForm, longForm))
        {
            return null;
        }

        return new AbbreviationDefinition(shortForm.ToString(), shortStart, longForm.ToString(), longStart);
    }

    /// <summary>Whether the short form's chars occur in order in the long form, each capital at a word start.</summary>
    private static bool SpellsOut(ReadOnlySpan<char> shortForm, ReadOnlySpan<char> longForm)
    {
        var l = 0;
        foreach (var c in shortForm)
        {
            if (!char.IsLetterOrDigit(c))
            {
                continue;
            }

            var capital = char.IsUpper(c);
            while (l < longForm.Length
                && (char.ToLowerInvariant(longForm[l]) != char.ToLowerInvariant(c) || (capital && l > 0 && longForm[l - 1] is not (' ' or '-'))))
            {
                l++;
            }

            if (l == longForm.Length)
            {
                return false;
            }

            l++;
        }

        return true;
    }
}
