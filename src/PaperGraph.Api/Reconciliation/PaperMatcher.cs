using System.Text.RegularExpressions;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Resolution;
using PaperGraph.Core.Storage;

namespace PaperGraph.Api.Reconciliation;

/// <summary>
/// Papers by arXiv id (any form <see cref="PaperIds.NormalizeArxivId"/> reads: <c>arXiv:2312.00752v2</c>, an
/// abs URL) or by title. A title equal after <see cref="PaperIds.NormalizeTitle"/> (case, punctuation,
/// accents, Unicode forms) scores 1.0 and matches, as does an arXiv id; otherwise full-text search finds
/// papers sharing the title's longest words, scored 0.9 × the word overlap (Dice) and never a match.
/// </summary>
internal sealed partial class PaperMatcher(IGraphStore store)
{
    private const int SearchWords = 4;
    private const double SearchFloor = 0.3;

    public static bool IsArxivId(string? text) => text is not null && ArxivPattern().IsMatch(text.Trim());

    public async Task<IReadOnlyList<IReadOnlyList<ReconciliationCandidate>>> MatchAsync(IReadOnlyList<ReconciliationQuery> queries, CancellationToken cancellationToken)
    {
        var keys = queries.Select(q => q.Text is { } t && !IsArxivId(t) ? PaperIds.NormalizeTitle(t) : "").ToArray();
        var byTitle = await store.FindPaperIdsByTitleKeyAsync(keys.Where(k => k.Length > 0).Distinct().ToList(), cancellationToken);
        var exactIds = byTitle.Values.SelectMany(ids => ids).Distinct().ToList();
        var exact = exactIds.Count == 0 ? new Dictionary<string, Paper>() : await store.GetPapersAsync(exactIds, cancellationToken);

        var results = new List<IReadOnlyList<ReconciliationCandidate>>(queries.Count);
        for (var i = 0; i < queries.Count; i++)
        {
            var query = queries[i];
            var found = new Dictionary<string, ReconciliationCandidate>(StringComparer.Ordinal);
            var arxivIds = query.Properties.Where(p => p.PropertyId == "arxivId").SelectMany(p => p.Values)
                .Concat(IsArxivId(query.Text) ? [query.Text!] : []);
            foreach (var arxivId in arxivIds.Select(PaperIds.NormalizeArxivId).Distinct())
            {
                if (await store.FindPaperByArxivIdAsync(arxivId, cancellationToken) is { } paper)
                {
                    found.TryAdd(paper.Id, Candidate(paper, 1.0, true, "arxivId"));
                }
            }

            foreach (var id in keys[i].Length > 0 ? byTitle.GetValueOrDefault(keys[i]) ?? [] : [])
            {
                found.TryAdd(id, Candidate(exact[id], 1.0, true, "titleExact"));
            }

            if (found.Count == 0 && keys[i].Length > 0)
            {
                await SearchAsync(keys[i], query.Limit, found, cancellationToken);
            }

            results.Add([.. found.Values]);
        }

        return results;
    }

    private async Task SearchAsync(string key, int limit, Dictionary<string, ReconciliationCandidate> found, CancellationToken cancellationToken)
    {
        var words = key.Split(' ').Distinct().OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).Take(SearchWords).ToList();
        var page = await store.QueryPapersAsync(new PaperQuery(new PaperFilter { Search = string.Join(' ', words) }, PaperOrder.Relevance, Math.Max(limit * 4, 20)), cancellationToken);
        var wanted = key.Split(' ').ToHashSet(StringComparer.Ordinal);
        foreach (var paper in page.Items.Select(i => i.Node))
        {
            var have = PaperIds.NormalizeTitle(paper.Title).Split(' ').ToHashSet(StringComparer.Ordinal);
            var dice = 2.0 * have.Count(wanted.Contains) / (have.Count + wanted.Count);
            if (dice >= SearchFloor)
            {
                found.TryAdd(paper.Id, Candidate(paper, Math.Round(0.9 * dice, 4), false, "titleWords", dice));
            }
        }
    }

    private static ReconciliationCandidate Candidate(Paper paper, double score, bool match, string feature, double value = 1) =>
        new(paper.Id, paper.Title, Describe(paper), ReconcileType.Find(ReconcileType.PaperId)!, score, match, [new ResolutionFeature(feature, Math.Round(value, 4))]);

    /// <summary>"2023-12-01 · Albert Gu, Tri Dao": enough to tell namesakes apart.</summary>
    public static string? Describe(Paper paper)
    {
        var parts = new List<string>();
        if (paper.Date is { } date)
        {
            parts.Add(date.ToString());
        }

        if (paper.Authors.Count > 0)
        {
            parts.Add(string.Join(", ", paper.Authors.Take(3)) + (paper.Authors.Count > 3 ? " et al." : ""));
        }

        if (paper.ArxivId is { } arxivId)
        {
            parts.Add("arXiv:" + arxivId);
        }

        return parts.Count == 0 ? null : string.Join(" · ", parts);
    }

    [GeneratedRegex(@"^(arxiv:\s*|https?://arxiv\.org/(abs|pdf)/)?(\d{4}\.\d{4,5}|[a-z\-]+(\.[A-Z]{2})?/\d{7})(v\d+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ArxivPattern();
}
