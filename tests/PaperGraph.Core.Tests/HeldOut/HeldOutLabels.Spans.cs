using System.Text.RegularExpressions;

namespace PaperGraph.Core.Tests.HeldOut;

internal static partial class HeldOutLabels
{
    /// <summary>
    /// Every whole-word, case-exact occurrence of each label's surface in one field, longest surface first so a
    /// shorter label inside a longer one (<c>LLaMA-2</c> in <c>LLaMA-2-70B</c>) does not count there, and never
    /// inside a URL. Offsets are UTF-16 indexes, as <see cref="Graph.Mention"/> uses.
    /// </summary>
    public static IEnumerable<HeldOutMention> Spans(string field, string text, IReadOnlyList<HeldOutLabel> labels, IReadOnlySet<string> introducedNames)
    {
        var urls = Url().Matches(text).Select(m => (m.Index, End: m.Index + m.Length)).ToArray();
        var taken = new List<(int Start, int End)>();
        var found = new List<HeldOutMention>();
        foreach (var label in labels.OrderByDescending(l => l.Surface.Length))
        {
            for (var start = text.IndexOf(label.Surface, StringComparison.Ordinal); start >= 0; start = text.IndexOf(label.Surface, start + 1, StringComparison.Ordinal))
            {
                var end = start + label.Surface.Length;
                if (IsWordChar(text, start - 1) || IsWordChar(text, end) || urls.Any(u => start >= u.Index && start < u.End)
                    || taken.Any(t => start < t.End && end > t.Start))
                {
                    continue;
                }

                taken.Add((start, end));
                found.Add(new HeldOutMention(field, start, end, label.Surface, label.Kind, label.Base, introducedNames.Contains(label.Surface)));
            }
        }

        return found.OrderBy(m => m.Start);
    }

    /// <summary>Whether the char at <paramref name="index"/> (a whole code point, surrogate pairs included) is a letter or digit.</summary>
    private static bool IsWordChar(string text, int index)
    {
        if (index < 0 || index >= text.Length)
        {
            return false;
        }

        var at = char.IsLowSurrogate(text[index]) && index > 0 ? index - 1 : index;
        return char.IsLetterOrDigit(text, at);
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Url();
}
