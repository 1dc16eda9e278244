using System.Globalization;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;

namespace PaperGraph.Api.Reconciliation;

/// <summary>
/// Applies a query's properties to its candidates: a candidate is kept when, for every property, one of the
/// given values agrees with it, and each agreeing property is added to its features. Scores are left as the
/// resolver gave them. Entities: <c>kind</c>; <c>introducedBy</c> (an arXiv id or a title, compared with the
/// catalog's introducer and the papers that introduce it); <c>year</c> (the introducing year or the first
/// year a paper mentions it). Papers: <c>arxivId</c>, <c>author</c> (a name equal after title normalisation),
/// <c>year</c> / <c>paperYear</c>. The store is read once per kind of fact for the whole batch.
/// </summary>
internal sealed class CandidateSharpener(IGraphStore store)
{
    public async Task SharpenAsync(IReadOnlyList<ReconciliationQuery> queries, IReadOnlyList<List<ReconciliationCandidate>> results, CancellationToken cancellationToken)
    {
        var sharpened = Enumerable.Range(0, queries.Count).Where(i => queries[i].Properties.Count > 0 && results[i].Count > 0).ToList();
        if (sharpened.Count == 0)
        {
            return;
        }

        var facts = await FactsAsync(sharpened.SelectMany(i => results[i]).ToList(), cancellationToken);
        foreach (var i in sharpened)
        {
            var kept = new List<ReconciliationCandidate>();
            foreach (var candidate in results[i])
            {
                if (queries[i].Properties.All(p => Agrees(p, facts.GetValueOrDefault(candidate.Id) ?? CandidateFacts.None)))
                {
                    kept.Add(candidate with { Features = [.. candidate.Features, .. queries[i].Properties.Select(p => new Core.Resolution.ResolutionFeature(p.PropertyId, 1))] });
                }
            }

            results[i].Clear();
            results[i].AddRange(kept);
        }
    }

    private static bool Agrees(PropertyConstraint property, CandidateFacts facts) => property.PropertyId switch
    {
        "kind" => property.Values.Any(v => string.Equals(v, facts.Kind, StringComparison.OrdinalIgnoreCase)),
        "introducedBy" => property.Values.Any(v => facts.Introducers.Contains(PaperIds.NormalizeArxivId(v)) || facts.Introducers.Contains(PaperIds.NormalizeTitle(v))),
        "year" or "paperYear" => property.Values.Any(v => int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var year) && facts.Years.Contains(year)),
        "arxivId" => property.Values.Any(v => facts.Introducers.Contains(PaperIds.NormalizeArxivId(v)) && facts.Kind == ReconcileType.PaperId),
        "author" => property.Values.Any(v => facts.Authors.Contains(PaperIds.NormalizeTitle(v))),
        _ => false,
    };

    private async Task<Dictionary<string, CandidateFacts>> FactsAsync(IReadOnlyList<ReconciliationCandidate> candidates, CancellationToken cancellationToken)
    {
        var facts = new Dictionary<string, CandidateFacts>(StringComparer.Ordinal);
        var paperIds = candidates.Where(c => c.Type.IsPaper).Select(c => c.Id).Distinct().ToList();
        var entityIds = candidates.Where(c => !c.Type.IsPaper).Select(c => c.Id).Distinct().ToList();
        foreach (var paper in (await store.GetPapersAsync(paperIds, cancellationToken)).Values)
        {
            // A paper's own arXiv id stands in its "introducers" set, so one lookup answers "arxivId".
            facts[paper.Id] = new CandidateFacts(ReconcileType.PaperId,
                new HashSet<string>(paper.ArxivId is { } a ? [a] : [], StringComparer.Ordinal),
                new HashSet<int>(paper.Date?.Year is { } y ? [y] : []),
                paper.Authors.Select(PaperIds.NormalizeTitle).ToHashSet(StringComparer.Ordinal));
        }

        if (entityIds.Count == 0)
        {
            return facts;
        }

        var entities = await store.GetEntitiesAsync(entityIds, cancellationToken);
        var introducing = await store.GetIntroducingPaperIdsAsync(entityIds, cancellationToken);
        var introducers = await store.GetPapersAsync(introducing.Values.SelectMany(ids => ids).Distinct().ToList(), cancellationToken);
        foreach (var entity in entities.Values)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            var years = new HashSet<int>();
            if (entity.IntroducedBy is { } catalog)
            {
                AddIntroducer(names, years, catalog.ArxivId, catalog.Title, catalog.Year);
            }

            foreach (var paper in (introducing.GetValueOrDefault(entity.Id) ?? []).Where(introducers.ContainsKey).Select(id => introducers[id]))
            {
                AddIntroducer(names, years, paper.ArxivId, paper.Title, paper.Date?.Year);
            }

            var usage = await store.GetUsageByPeriodAsync(entity.Id, PeriodGranularity.Year, cancellationToken);
            if (usage.Count > 0 && int.TryParse(usage[0].Period, NumberStyles.Integer, CultureInfo.InvariantCulture, out var first))
            {
                years.Add(first);
            }

            facts[entity.Id] = new CandidateFacts(entity.Kind.ToString().ToLowerInvariant(), names, years, new HashSet<string>());
        }

        return facts;
    }

    private static void AddIntroducer(HashSet<string> names, HashSet<int> years, string? arxivId, string? title, int? year)
    {
        if (arxivId is not null)
        {
            names.Add(PaperIds.NormalizeArxivId(arxivId));
        }

        if (title is not null)
        {
            names.Add(PaperIds.NormalizeTitle(title));
        }

        if (year is { } y)
        {
            years.Add(y);
        }
    }
}
