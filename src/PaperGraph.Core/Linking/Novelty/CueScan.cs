using System.Buffers;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace PaperGraph.Core.Linking.Novelty;

/// <summary>
/// The matches of a cue pattern, the same ones in the same order as <c>Match</c> then <c>NextMatch</c> of the
/// unanchored pattern give, found faster. An unanchored scan tries the pattern at every char that can start it
/// (for "\b(?:we|and|the…)" nearly every word) to the end of the abstract. Here the pattern is tried anchored (<c>\G</c>), only where a match can start: every match holds a cue
/// word at the start of a word, and starts at most <c>earliestStart</c> before it, at a letter that starts a word
/// (every cue pattern begins with <c>\b</c> and a letter). No position is tried twice, none inside an earlier match.
/// </summary>
/// <param name="cueWords">The cue words of every pattern the scan serves, so that one vectorised search finds them all.</param>
internal sealed class CueScan(IEnumerable<string> cueWords)
{
    private readonly SearchValues<string> _cueWords = SearchValues.Create(cueWords.Distinct().ToArray(), StringComparison.Ordinal);

    /// <summary>Where some cue word starts a word of <paramref name="text"/> ("represent" holds no cue), in order.</summary>
    public IReadOnlyList<int> WordStarts(string text)
    {
        List<int>? starts = null;
        for (var from = 0; from < text.Length;)
        {
            var at = text.AsSpan(from).IndexOfAny(_cueWords);
            if (at < 0)
            {
                break;
            }

            at += from;
            if (at == 0 || !char.IsLetterOrDigit(text[at - 1]))
            {
                (starts ??= []).Add(at);
            }

            from = at + 1;
        }

        return starts is null ? [] : starts;
    }

    /// <param name="text">The abstract.</param>
    /// <param name="wordStarts">Its <see cref="WordStarts"/>.</param>
    /// <param name="anchored">The cue pattern behind <c>\G</c>.</param>
    /// <param name="cueWords">Words every match holds, after white space, a word boundary or the text's start.</param>
    /// <param name="earliestStart">For a cue word at an index, the earliest index a match holding it can start at.</param>
    /// <param name="startWords">Every match starts with one of these (case as written), so no other position is tried.</param>
    public static IEnumerable<Match> Matches(string text, IReadOnlyList<int> wordStarts, Regex anchored, ImmutableArray<string> cueWords, Func<string, int, int> earliestStart, ImmutableArray<string> startWords)
    {
        var tried = 0; // every position before this failed or lies inside an earlier match
        foreach (var cue in wordStarts)
        {
            if (cue < tried || !StartsWithAny(text, cue, cueWords))
            {
                continue;
            }

            Match? found = null;
            for (var at = Math.Max(tried, earliestStart(text, cue)); at <= cue && found is null; at++)
            {
                // A regex attempt costs far more than these checks, and most word starts near a cue start no match.
                if (!char.IsLetter(text[at]) || (at > 0 && char.IsLetterOrDigit(text[at - 1])) || !StartsWithAny(text, at, startWords))
                {
                    continue;
                }

                var match = anchored.Match(text, at);
                found = match.Success ? match : null;
            }

            if (found is null)
            {
                tried = cue + 1;
                continue;
            }

            yield return found;
            tried = found.Index + found.Length;
        }
    }

    /// <summary>The index of the first white space char of the run that ends right before <paramref name="end"/>.</summary>
    public static int SkipWhiteSpaceBack(string text, int end)
    {
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    private static bool StartsWithAny(string text, int at, ImmutableArray<string> words)
    {
        foreach (var word in words)
        {
            if (text.AsSpan(at).StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
