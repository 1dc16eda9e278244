using System.Globalization;
using System.Text;

namespace PaperGraph.Core.Text;

/// <summary>
/// Text from outside (a file name, a stored title) made safe to print on one line of a log or a terminal:
/// control characters (newline, ESC, BEL, C1) and bidirectional overrides become <c>\uXXXX</c>, so a name
/// cannot forge a log line, colour a terminal or reverse what follows it.
/// </summary>
public static class PrintableText
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.Any(NeedsEscape))
        {
            return text ?? string.Empty;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var ch in text)
        {
            if (NeedsEscape(ch))
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)ch:X4}");
            }
            else
            {
                builder.Append(ch);
            }
        }

        return builder.ToString();
    }

    private static bool NeedsEscape(char ch) =>
        char.IsControl(ch) || ch is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u2028' or '\u2029';
}
