using System.Globalization;
using System.Text;

namespace PaperGraph.Core.Export;

/// <summary>
/// Text inside a braced BibTeX field. BibTeX balances braces even after a backslash, so a brace in the text
/// is written as <c>\textbraceleft{}</c>; the other characters TeX treats specially are escaped. Line breaks
/// become spaces (a field is one logical line to most readers).
/// </summary>
internal static class BibTeXText
{
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (var ch in text)
        {
            _ = ch switch
            {
                '{' => builder.Append(@"\textbraceleft{}"),
                '}' => builder.Append(@"\textbraceright{}"),
                '\\' => builder.Append(@"\textbackslash{}"),
                '~' => builder.Append(@"\textasciitilde{}"),
                '^' => builder.Append(@"\textasciicircum{}"),
                '%' or '&' or '$' or '#' or '_' => builder.Append('\\').Append(ch),
                '\r' or '\n' or '\t' => builder.Append(' '),
                _ when char.IsControl(ch) => builder,
                _ => builder.Append(ch),
            };
        }

        return builder.ToString();
    }

    /// <summary>Letters and digits of <paramref name="text"/> without accents, ASCII only: for citation keys.</summary>
    public static string AsciiWord(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var ch in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(ch))
            {
                builder.Append(ch);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark && builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().Trim();
    }
}
