using PaperGraph.Core.Resolution;

namespace PaperGraph.Api.Reconciliation;

/// <summary>
/// Answers a batch of queries. Entity queries go through <see cref="EntityResolver"/> over the same
/// <see cref="AliasIndexCache"/> as GraphQL's <c>resolveEntities</c>, all in one call, with the query's one
/// entity type as the kind hint: a candidate's score and match are exactly what <c>resolveEntities</c> gives
/// for that name and hint. Types then restrict the candidates and properties sharpen them (a candidate whose
/// property disagrees is dropped; scores are never changed). Paper queries go to <see cref="PaperMatcher"/>.
/// With no type a query is for entities, unless its text is an arXiv id.
/// </summary>
internal sealed class Reconciler(AliasIndexCache aliases, PaperMatcher papers, CandidateSharpener sharpener)
{
    public async Task<IReadOnlyList<IReadOnlyList<ReconciliationCandidate>>> ReconcileAsync(IReadOnlyList<ReconciliationQuery> queries, CancellationToken cancellationToken)
    {
        var results = queries.Select(_ => new List<ReconciliationCandidate>()).ToArray();
        var entityQueries = Enumerable.Range(0, queries.Count).Where(i => WantsEntities(queries[i]) && !string.IsNullOrWhiteSpace(queries[i].Text)).ToList();
        if (entityQueries.Count > 0)
        {
            var index = await aliases.GetAsync(cancellationToken);
            var inputs = entityQueries.Select(i => new ResolutionInput(queries[i].Text!, KindHint(queries[i]))).ToList();
            var resolved = EntityResolver.Resolve(index, inputs, EntityResolver.MaxLimit);
            for (var n = 0; n < entityQueries.Count; n++)
            {
                var query = queries[entityQueries[n]];
                results[entityQueries[n]].AddRange(resolved[n].Candidates
                    .Where(c => query.Types.Count == 0 || query.Types.Any(t => t.Kind == c.Entity.Kind))
                    .Select(c => new ReconciliationCandidate(c.Entity.Id, c.Entity.Name, c.Entity.Description, ReconcileType.Of(c.Entity.Kind), c.Score, c.Match, c.Features)));
            }
        }

        var paperQueries = Enumerable.Range(0, queries.Count).Where(i => WantsPapers(queries[i])).ToList();
        if (paperQueries.Count > 0)
        {
            var found = await papers.MatchAsync(paperQueries.Select(i => queries[i]).ToList(), cancellationToken);
            for (var n = 0; n < paperQueries.Count; n++)
            {
                results[paperQueries[n]].AddRange(found[n]);
            }
        }

        await sharpener.SharpenAsync(queries, results, cancellationToken);
        return [.. results.Select((list, i) => (IReadOnlyList<ReconciliationCandidate>)[.. list
            .OrderByDescending(c => c.Score).ThenBy(c => c.Id, StringComparer.Ordinal).Take(queries[i].Limit)])];
    }

    private static bool WantsEntities(ReconciliationQuery query) =>
        query.Types.Count == 0 ? !PaperMatcher.IsArxivId(query.Text) : query.Types.Any(t => !t.IsPaper);

    private static bool WantsPapers(ReconciliationQuery query) =>
        query.Types.Count == 0 ? PaperMatcher.IsArxivId(query.Text) || query.Properties.Any(p => p.PropertyId == "arxivId") : query.Types.Any(t => t.IsPaper);

    /// <summary>The kind hint <c>resolveEntities</c> would be given: the query's one entity type, if it names exactly one.</summary>
    private static Core.Graph.EntityKind? KindHint(ReconciliationQuery query)
    {
        var kinds = query.Types.Where(t => !t.IsPaper).Select(t => t.Kind).Distinct().ToList();
        return kinds.Count == 1 ? kinds[0] : null;
    }
}
