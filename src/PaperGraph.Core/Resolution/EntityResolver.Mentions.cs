namespace PaperGraph.Core.Resolution;

/// <summary>Mentioned entities first.</summary>
public static partial class EntityResolver
{
    /// <summary>The highest score a candidate that must not be a match can have.</summary>
    public const double NoMatchCeiling = 0.79;

    /// <summary>
    /// Once papers have been linked, an entity no paper mentions carries the feature <c>unmentioned</c>, and when
    /// a mentioned candidate of the same name is a match, unmentioned ones are held to <see cref="NoMatchCeiling"/>:
    /// the catalog's PwC task "Mamba", which nothing mentions, never wins "Mamba" from the architecture papers use.
    /// An unmentioned entity that is the only reading of a name keeps its score (a name just added to the catalog,
    /// or a store where nothing was linked yet, must still resolve).
    /// </summary>
    internal static IEnumerable<ResolutionCandidate> RankByMentions(AliasIndex index, IReadOnlyList<ResolutionCandidate> candidates)
    {
        if (!index.HasMentions)
        {
            return candidates;
        }

        var mentionedMatch = candidates.Any(c => c.Match && index.PapersMentioning(c.Entity.Id) > 0);
        return candidates.Select(c => index.PapersMentioning(c.Entity.Id) > 0 ? c : Unmentioned(c, mentionedMatch));
    }

    private static ResolutionCandidate Unmentioned(ResolutionCandidate candidate, bool capped)
    {
        var score = capped ? Math.Min(candidate.Score, NoMatchCeiling) : candidate.Score;
        return candidate with { Score = score, Match = score >= MatchThreshold, Features = [.. candidate.Features, new("unmentioned", 1)] };
    }
}
