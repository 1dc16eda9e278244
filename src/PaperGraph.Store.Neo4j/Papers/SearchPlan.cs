namespace PaperGraph.Store.Neo4j.Papers;

/// <summary>
/// A search's terms as the store found them (<see cref="SearchCypher.TermStatisticsBefore5"/>), in the order typed, and
/// what its statements are written for: the anchor (the rarest indexed term, the first of equals; null when every term is
/// a common word) and the average paper length.
/// </summary>
internal sealed record SearchPlan(IReadOnlyList<SearchPlan.Term> Terms, int? Anchor, double AverageLength)
{
    /// <summary>One term: how many papers hold it and its idf, both as the server computed them.</summary>
    public sealed record Term(string Word, bool Common, long Hits, double Idf);

    /// <summary>How many papers a search with no other filter matches, when the statistics say it: one term's paper count.</summary>
    public long? KnownTotal => Terms.Count == 1 ? Terms[0].Hits : null;

    /// <summary>The plan, or null when some term is in no paper (the search matches nothing).</summary>
    public static SearchPlan? Of(IReadOnlyList<Term> terms, double averageLength)
    {
        if (terms.Any(term => term.Hits == 0))
        {
            return null;
        }

        int? anchor = null;
        for (var i = 0; i < terms.Count; i++)
        {
            if (!terms[i].Common && (anchor is null || terms[i].Hits < terms[anchor.Value].Hits))
            {
                anchor = i;
            }
        }

        return new SearchPlan(terms, anchor, averageLength);
    }

    /// <summary>The parameters its statements read: the anchor word, the average length, and per term its idf and padded form.</summary>
    public void AddParameters(Dictionary<string, object?> parameters)
    {
        parameters["anchor"] = Anchor is { } anchor ? Terms[anchor].Word : null;
        parameters["avgdl"] = AverageLength;
        for (var i = 0; i < Terms.Count; i++)
        {
            parameters[$"idf{i}"] = Terms[i].Idf;
            parameters[$"padded{i}"] = SearchWords.Padded(Terms[i].Word);
        }
    }
}
