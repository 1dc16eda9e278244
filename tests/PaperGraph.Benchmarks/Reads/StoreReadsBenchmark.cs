using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace PaperGraph.Benchmarks.Reads;

/// <summary>
/// <c>store-reads --db FILE --neo4j-url URL [--samples N]</c> (issue 14): the real API hosted in this process twice,
/// over the SQLite file and over the Neo4j server (the same graph in both), and the explorer's GraphQL reads sent to
/// both, one at a time, alternating which store goes first: a search page of 10 with its total, a paper's related
/// papers, an entity's papers with their total, a path between two papers and a paper's neighbourhood. Per read:
/// p50/p95 on each store, the ratio, the Neo4j HTTP requests each read made, and how often both answered alike;
/// then the 20 searches' top-10 ids side by side.
/// </summary>
internal static class StoreReadsBenchmark
{
    private const string SearchQuery = "query($q: String!) { papers(search: $q, first: 10) { totalCount edges { node { id title date } } } }";
    private const string RelatedQuery = "query($id: ID!) { paper(id: $id) { relatedPapers(first: 10) { score paper { id title date } reasons { kind weight evidence entity { id name } } } } }";
    private const string UsedByQuery = "query($id: ID!) { entity(id: $id) { name usedBy(first: 20) { totalCount pageInfo { hasNextPage endCursor } edges { node { id title date } } } } }";
    private const string PathQuery = "query($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 4) { nodes { nodeId kind label } hops { from { nodeId label } to { nodeId label } kind weight evidence } } }";
    private const string NeighbourhoodQuery = "query($id: ID!) { neighbourhood(id: $id, hops: 1, maxNodes: 60) { truncated nodesLeftOut papersLeftOut nodes { nodeId kind label date } edges { source target kind weight evidence } } }";

    public static async Task<int> RunAsync(string database, string neo4jUrl, int samples)
    {
        var ct = CancellationToken.None;
        var edge = new CountingEdge();
        await using var sqlite = await ApiHost.StartAsync(["--Store:Provider", "Sqlite", "--Sqlite:DatabasePath", database], neo4jEdge: null);
        await using var neo4j = await ApiHost.StartAsync(["--Store:Provider", "Neo4j", "--Neo4j:Url", neo4jUrl], edge);
        var (sqliteStats, neo4jStats) = (await sqlite.Store.GetStatsAsync(ct), await neo4j.Store.GetStatsAsync(ct));
        Console.WriteLine($"SQLite: {sqliteStats}");
        Console.WriteLine($"Neo4j:  {neo4jStats}");
        if (sqliteStats with { Quarantined = 0 } != neo4jStats with { Quarantined = 0 })
        {
            await Console.Error.WriteLineAsync("The two stores do not hold the same graph: ingest the same papers into both.");
            return 1;
        }

        var inputs = await ReadInputs.PickAsync(sqlite.Store, samples, ct);
        Console.WriteLine($"inputs: {inputs.Papers.Count} papers, {inputs.Entities.Count} entities, {inputs.Pairs.Count} pairs, {inputs.Searches.Count} searches (seed 14)");
        var reads = new (string Name, string Query, IReadOnlyList<object> Variables)[]
        {
            ("papers(search, first 10) totalCount", SearchQuery, [.. Enumerable.Range(0, Math.Max(samples, inputs.Searches.Count)).Select(i => new { q = inputs.Searches[i % inputs.Searches.Count] })]),
            ("paper.relatedPapers(first 10)", RelatedQuery, [.. inputs.Papers.Select(p => new { id = p })]),
            ("entity.usedBy(first 20) totalCount", UsedByQuery, [.. inputs.Entities.Select(e => new { id = e })]),
            ("path(maxHops 4)", PathQuery, [.. inputs.Pairs.Select(p => new { from = p.From, to = p.To })]),
            ("neighbourhood(hops 1, maxNodes 60)", NeighbourhoodQuery, [.. inputs.Papers.Select(p => new { id = p })]),
        };

        var figures = new List<ReadFigures>();
        foreach (var (name, query, variables) in reads)
        {
            figures.Add(await MeasureAsync(name, sqlite, neo4j, edge, query, variables));
            Console.WriteLine($"measured {name}");
        }

        Console.WriteLine();
        Console.WriteLine(ReadFigures.Header);
        figures.ForEach(f => Console.WriteLine(f.Row()));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"targets: p95 Neo4j/SQLite <= {ReadFigures.RatioTarget}x and <= {ReadFigures.RoundTripTarget} Neo4j round trips per read: {figures.Count(f => f.MeetsTargets)} of {figures.Count} reads meet both"));
        Console.WriteLine();
        figures.ForEach(PrintCostliest);

        Console.WriteLine();
        PrintSearches(figures[0], inputs.Searches);
        return 0;
    }

    /// <summary>One unmeasured pass over the first ten inputs on both hosts, then every input once on each, alternating which goes first.</summary>
    private static async Task<ReadFigures> MeasureAsync(string name, ApiHost sqlite, ApiHost neo4j, CountingEdge edge, string query, IReadOnlyList<object> variables)
    {
        foreach (var v in variables.Take(10))
        {
            await sqlite.QueryAsync(query, v);
            await neo4j.QueryAsync(query, v);
        }

        var figures = new ReadFigures(name);
        for (var i = 0; i < variables.Count; i++)
        {
            JsonElement fromSqlite = default, fromNeo4j = default;
            async Task OnSqliteAsync() => fromSqlite = await TimeAsync(sqlite, query, variables[i], figures.Sqlite);
            async Task OnNeo4jAsync()
            {
                var before = edge.Requests;
                edge.TakeSent();
                fromNeo4j = await TimeAsync(neo4j, query, variables[i], figures.Neo4j);
                var sent = edge.TakeSent();
                figures.RoundTrips.Add(edge.Requests - before);
                if (sent.Count > figures.Costliest.Sent.Count)
                {
                    figures.Costliest = (variables[i], sent);
                }
            }

            if (i % 2 == 0)
            {
                await OnSqliteAsync();
                await OnNeo4jAsync();
            }
            else
            {
                await OnNeo4jAsync();
                await OnSqliteAsync();
            }

            figures.Answers.Add((variables[i], fromSqlite, fromNeo4j));
        }

        return figures;
    }

    /// <summary>The Neo4j requests of the read with the most round trips, as sent during the timed pass: each statement's start, grouped.</summary>
    private static void PrintCostliest(ReadFigures figures)
    {
        var (variables, sent) = figures.Costliest;
        Console.WriteLine($"{figures.Name}: most round trips {sent.Count}, for {JsonSerializer.Serialize(variables)}:");
        foreach (var group in sent.Select(Describe).GroupBy(s => s))
        {
            Console.WriteLine($"  {group.Count(),3} x {group.Key}");
        }

        if (figures.FirstDifference() is var (sqlite, neo4j))
        {
            Console.WriteLine($"  first answer that differs (cursors left out): SQLite {sqlite}");
            Console.WriteLine($"                                                 Neo4j  {neo4j}");
        }
    }

    private static string Describe((string Path, byte[]? Body) request)
    {
        if (request.Body is null)
        {
            return request.Path;
        }

        using var body = JsonDocument.Parse(request.Body);
        var statements = body.RootElement.TryGetProperty("statements", out var list) ? list.EnumerateArray().Select(s => s.GetProperty("statement").GetString() ?? "") : [];
        return string.Join(" + ", statements.Select(text =>
        {
            var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            return flat.Length > 70 ? flat[..70] + "…" : flat;
        }));
    }

    private static async Task<JsonElement> TimeAsync(ApiHost host, string query, object variables, Latencies latencies)
    {
        var started = Stopwatch.GetTimestamp();
        var data = await host.QueryAsync(query, variables);
        latencies.Add(Stopwatch.GetElapsedTime(started));
        return data;
    }

    /// <summary>Each search's total and top-10 ids on both stores; the lists of those that differ.</summary>
    private static void PrintSearches(ReadFigures search, IReadOnlyList<string> searches)
    {
        var identical = 0;
        foreach (var ((q, (_, fromSqlite, fromNeo4j)), index) in searches.Zip(search.Answers).Select((pair, index) => (pair, index)))
        {
            var (sqliteIds, neo4jIds) = (TopIds(fromSqlite), TopIds(fromNeo4j));
            var same = sqliteIds.SequenceEqual(neo4jIds);
            identical += same ? 1 : 0;
            // This search's own calls (the inputs cycle through the searches): what decides the p95 of the read.
            var (sqliteOwn, neo4jOwn) = (search.Sqlite.Where(i => i % searches.Count == index), search.Neo4j.Where(i => i % searches.Count == index));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {(same ? "same" : "DIFF"),-4} {"\"" + q + "\"",-34} total {Total(fromSqlite),6} / {Total(fromNeo4j),6}  top-10 overlap {sqliteIds.Intersect(neo4jIds).Count()}/{sqliteIds.Count}  median {sqliteOwn.Percentile(50),5:F1} / {neo4jOwn.Percentile(50),6:F1} ms"));
            if (!same)
            {
                Console.WriteLine($"       SQLite: {string.Join(' ', sqliteIds)}");
                Console.WriteLine($"       Neo4j:  {string.Join(' ', neo4jIds)}");
            }
        }

        Console.WriteLine($"search top-10 identical on both stores: {identical} of {searches.Count} queries (target: all {searches.Count})");
    }

    private static List<string> TopIds(JsonElement data) =>
        [.. data.GetProperty("papers").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!)];

    private static long Total(JsonElement data) => data.GetProperty("papers").GetProperty("totalCount").GetInt64();
}
