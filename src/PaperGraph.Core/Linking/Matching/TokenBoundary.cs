namespace PaperGraph.Core.Linking.Matching;

/// <summary>
/// Whether a span of text stands as a name on its own. <c>Mamba</c> is a mention in "Mamba-based" and
/// "Mamba layers" but not inside <c>MambaLRP</c>, <c>Mamba-ND</c> or <c>U-Mamba</c>, which name other things;
/// <c>ResNet-50</c>, <c>LLaMA-7B</c> and <c>ViT-B</c> are sizes of the same model, while <c>GPT-3.5</c> is another version.
/// </summary>
internal static class TokenBoundary
{
    public static bool Accepts(string text, int start, int end) => AcceptsStart(text, start) && AcceptsEnd(text, end);

    public static bool AcceptsStart(string text, int start)
    {
        if (start == 0)
        {
            return true;
        }

        var previous = text[start - 1];
        if (char.IsLetterOrDigit(previous))
        {
            return false;
        }

        if (!IsHyphen(previous) || start < 2 || !char.IsLetterOrDigit(text[start - 2]))
        {
            return true;
        }

        var tokenStart = start - 2;
        while (tokenStart > 0 && char.IsLetterOrDigit(text[tokenStart - 1]))
        {
            tokenStart--;
        }

        // "non-Transformer" qualifies the name; "U-Mamba" and "Vision-Mamba" are new names.
        return !text.AsSpan(tokenStart, start - 1 - tokenStart).ContainsAnyInRange('A', 'Z');
    }

    public static bool AcceptsEnd(string text, int end)
    {
        if (end >= text.Length)
        {
            return true;
        }

        var next = text[end];
        if (char.IsLetterOrDigit(next))
        {
            return false;
        }

        if (next is '.' or ',' && end + 1 < text.Length && char.IsDigit(text[end + 1]))
        {
            return false; // GPT-3.5 is not GPT-3
        }

        if (!IsHyphen(next) || end + 1 >= text.Length || !char.IsLetterOrDigit(text[end + 1]))
        {
            return true;
        }

        var tokenEnd = end + 1;
        while (tokenEnd < text.Length && char.IsLetterOrDigit(text[tokenEnd]))
        {
            tokenEnd++;
        }

        return IsQualifier(text.AsSpan(end + 1, tokenEnd - end - 1));
    }

    /// <summary>A suffix after a hyphen that keeps the name: a lower-case word, a size (<c>50</c>, <c>7B</c>) or one capital (<c>B</c>).</summary>
    private static bool IsQualifier(ReadOnlySpan<char> token)
    {
        if (!token.ContainsAnyExceptInRange('a', 'z'))
        {
            return true;
        }

        if (token.Length == 1)
        {
            return char.IsUpper(token[0]);
        }

        var digits = 0;
        while (digits < token.Length && char.IsDigit(token[digits]))
        {
            digits++;
        }

        return digits == token.Length
            ? digits >= 2
            : digits > 0 && digits == token.Length - 1 && token[^1] is 'B' or 'M' or 'K' or 'b' or 'm' or 'k';
    }

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';
}
