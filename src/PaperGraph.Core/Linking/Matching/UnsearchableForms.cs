using PaperGraph.Core.Storage;

namespace PaperGraph.Core.Linking.Matching;

/// <summary>
/// Another paper's introduced entity written only in a form that no search can find ("AS" for Attention-Shifting: a
/// stop word, <see cref="SearchTerms.SelectsNothing"/>) is not that entity. A linking ingest relinks the papers a new
/// name may be in by searching for its forms, so such a mention would be made by a full relink and never by the ingest
/// (the two stores then differ); and a stop word means itself in nearly every paper. Where the paper also has one of the
/// entity's searchable forms ("Attention-Shifting (AS)"), search finds the paper, and the short form stands.
/// </summary>
internal static class UnsearchableForms
{
    /// <summary>Removes, from both fields' candidates, introduced-entity matches of unsearchable forms whose entity has no searchable match in the paper.</summary>
    public static void Remove(List<MatchCandidate> title, List<MatchCandidate> @abstract)
    {
        var any = false;
        HashSet<string>? searchable = null;
        foreach (var candidate in title.Concat(@abstract))
        {
            if (candidate.Origin != MatchOrigin.Introduced)
            {
                continue;
            }

            if (SearchTerms.SelectsNothing(candidate.Pattern.Key))
            {
                any = true;
            }
            else
            {
                (searchable ??= new(StringComparer.Ordinal)).Add(candidate.Pattern.Entry.Entity.Id);
            }
        }

        if (!any)
        {
            return; // nearly every paper
        }

        bool Unfindable(MatchCandidate c) =>
            c.Origin == MatchOrigin.Introduced && SearchTerms.SelectsNothing(c.Pattern.Key) && searchable?.Contains(c.Pattern.Entry.Entity.Id) != true;
        title.RemoveAll(Unfindable);
        @abstract.RemoveAll(Unfindable);
    }
}
