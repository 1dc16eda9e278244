using System.Text.RegularExpressions;

namespace PaperGraph.Core.Linking;

internal static partial class NoveltyDetector
{
    /// <summary>
    /// The <see cref="Cue"/> matches of <paramref name="text"/>, the same ones in the same order as
    /// <c>Match</c> then <c>NextMatch</c> of the unanchored pattern give. That scan tried the pattern at every
    /// w, t, c, n and d to the end of the abstract and was most of the novelty time; here it is tried anchored,
    /// only where a match can start: within "This paper" and a run of white space before a cue word (found by a
    /// vectorised search), never twice at one position, never inside an earlier match.
    /// A cue word inside a word ("represent") holds no match: the pattern wants white space or a word boundary
    /// before it.
    /// </summary>
    private static IEnumerable<Match> Cues(string text)
    {
        var tried = 0; // every position before this failed or lies inside an earlier match
        for (var cue = IndexOfCue(text, 0); cue >= 0; cue = IndexOfCue(text, Math.Max(tried, cue + 1)))
        {
            if (cue > 0 && char.IsLetterOrDigit(text[cue - 1]))
            {
                continue; // "represent", "redesign": a cue word starts a word, after white space or \b
            }

            var start = cue;
            while (start > 0 && char.IsWhiteSpace(text[start - 1]))
            {
                start--;
            }

            Match? found = null;
            for (var at = Math.Max(tried, start - LongestSubject); at <= cue && found is null; at++)
            {
                var match = CuePattern().Match(text, at);
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

    private static int IndexOfCue(string text, int from)
    {
        var at = text.AsSpan(from).IndexOfAny(CueWords);
        return at < 0 ? -1 : from + at;
    }
}
