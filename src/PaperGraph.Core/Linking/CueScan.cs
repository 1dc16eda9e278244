using System.Buffers;
using System.Text.RegularExpressions;

namespace PaperGraph.Core.Linking;

/// <summary>
/// The matches of a cue pattern, the same ones in the same order as <c>Match</c> then <c>NextMatch</c> of the
/// unanchored pattern give, found faster. An unanchored scan tries the pattern at every char that can start it
/// (for "\b(?:we|and|the…)" nearly every word) to the end of the abstract, and was most of the linker's novelty
/// time. Here the pattern is tried anchored (<c>\G</c>), only where a match can start: every match holds a cue
/// word (found by a vectorised search) at the start of a word, and starts at most <c>earliestStart</c> before it,
/// at a letter that starts a word (every cue pattern begins with <c>\b</c> and a letter).
/// No position is tried twice, none inside an earlier match.
/// </summary>
internal static class CueScan
{
    /// <param name="anchored">The cue pattern behind <c>\G</c>.</param>
    /// <param name="cueWords">Words every match holds, after white space, a word boundary or the text's start.</param>
    /// <param name="earliestStart">For a cue word at an index, the earliest index a match holding it can start at.</param>
    public static IEnumerable<Match> Matches(string text, Regex anchored, SearchValues<string> cueWords, Func<string, int, int> earliestStart)
    {
        var tried = 0; // every position before this failed or lies inside an earlier match
        for (var cue = IndexOfCue(text, 0, cueWords); cue >= 0; cue = IndexOfCue(text, Math.Max(tried, cue + 1), cueWords))
        {
            if (cue > 0 && char.IsLetterOrDigit(text[cue - 1]))
            {
                continue; // "represent", "determine": not a cue word here
            }

            Match? found = null;
            for (var at = Math.Max(tried, earliestStart(text, cue)); at <= cue && found is null; at++)
            {
                if (!char.IsLetter(text[at]) || (at > 0 && char.IsLetterOrDigit(text[at - 1])))
                {
                    continue; // every cue pattern starts with \b and a letter
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

    private static int IndexOfCue(string text, int from, SearchValues<string> cueWords)
    {
        var at = text.AsSpan(from).IndexOfAny(cueWords);
        return at < 0 ? -1 : from + at;
    }
}
