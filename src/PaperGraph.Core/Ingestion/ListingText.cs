using System.Text;

namespace PaperGraph.Core.Ingestion;

/// <summary>
/// Text normalisation shared by every reader: NFC, whitespace runs collapsed to one space, trimmed. Control
/// characters (ESC, BEL, C1) and bidirectional overrides count as whitespace: stored in a title they would
/// drive a terminal or reverse the text around them wherever it is printed.
/// </summary>
internal static class ListingText
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch) || ch == '\u200B' || IsInvisibleControl(ch))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(ch);
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static bool IsInvisibleControl(char ch) => char.IsControl(ch) || ch is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
