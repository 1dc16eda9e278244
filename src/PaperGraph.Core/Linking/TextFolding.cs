using System.Text;

namespace PaperGraph.Core.Linking;

/// <summary>
/// How names and text are folded before matching: letters lower-cased (unless the case is kept), hyphens,
/// dashes, underscores and white space collapsed to one space, everything else kept. One original char is one
/// folded char, so a folded position maps straight back to the original string.
/// </summary>
internal static class TextFolding
{
    public static bool IsSeparator(char c) =>
        c is ' ' or '-' or '_' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u00A0' || char.IsWhiteSpace(c);

    public static char Fold(char c) => c < 128
        ? c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c
        : char.ToLowerInvariant(c);

    /// <summary>The folded form with separators collapsed and trimmed; <paramref name="keepCase"/> keeps letters as written.</summary>
    public static string Normalize(ReadOnlySpan<char> text, bool keepCase)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsSeparator(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(keepCase ? c : Fold(c));
        }

        return builder.ToString();
    }

    /// <summary>The case-insensitive lookup key of a name: <c>Flash-Attention 2</c> and <c>flash attention-2</c> share one.</summary>
    public static string Key(string text) => Normalize(text, keepCase: false);
}
