using System.Text.RegularExpressions;
using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Linking.Novelty;

/// <summary>Where in its text an introduced name stands: inside a web address, or cut from a longer name with a short form.</summary>
internal static partial class NameText
{
    /// <summary>Whether the white-space-delimited token around [<paramref name="start"/>, <paramref name="end"/>) is a web address or path.</summary>
    public static bool InUrl(string text, int start, int end)
    {
        var from = start;
        while (from > 0 && !char.IsWhiteSpace(text[from - 1]))
        {
            from--;
        }

        var to = end;
        while (to < text.Length && !char.IsWhiteSpace(text[to]))
        {
            to++;
        }

        var token = text.AsSpan(from, to - from);
        return token.Contains("://", StringComparison.Ordinal) || token.Contains("www.", StringComparison.OrdinalIgnoreCase)
            || token.Contains(".com", StringComparison.OrdinalIgnoreCase) || token.Contains(".io", StringComparison.OrdinalIgnoreCase)
            || token.Contains(".org", StringComparison.OrdinalIgnoreCase) || (start > 0 && text[start - 1] == '/') || (end < text.Length && text[end] == '/');
    }

    /// <summary>
    /// The short form of the longer name <paramref name="name"/> was cut from: "we propose Adaptive Safety through
    /// Knowledge (ASK)" stops the capitalised run at "through", but the name is ASK. Null when the words after the name
    /// end in no parenthesised short form sharing the name's initial.
    /// </summary>
    public static IntroducedName? ShortFormOfFragment(string text, IntroducedName name)
    {
        var match = FragmentTail().Match(text, name.End);
        if (!match.Success || match.Index != name.End)
        {
            return null;
        }

        var shortForm = match.Groups["short"];
        return char.ToUpperInvariant(shortForm.Value[0]) == char.ToUpperInvariant(name.Name[0]) && NameShape.IsName(shortForm.Value, strong: false)
            ? name with { Name = shortForm.Value, Start = shortForm.Index, Field = MentionField.Abstract, Alias = null }
            : null;
    }

    [GeneratedRegex(@"\G\s+(?:through|via|with|for|of|and|in|on|from|to|using|by|under|over)\s+[^.,;:()]{1,80}?\((?<short>[A-Za-z][\w-]{1,14})\)", RegexOptions.CultureInvariant)]
    private static partial Regex FragmentTail();
}
