using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PaperGraph.Benchmarks.Reads;

/// <summary>One read's measured pass: latencies per store, Neo4j requests per read, and both stores' answers.</summary>
internal sealed class ReadFigures(string name)
{
    /// <summary>The target of issue 14: p95 Neo4j / SQLite at most this.</summary>
    public const double RatioTarget = 5;

    /// <summary>The target of issue 14: Neo4j round trips per GraphQL read at most this.</summary>
    public const long RoundTripTarget = 4;

    public string Name => name;

    public Latencies Sqlite { get; } = new();

    public Latencies Neo4j { get; } = new();

    public List<long> RoundTrips { get; } = [];

    /// <summary>The Neo4j requests of the read with the most round trips, and its input.</summary>
    public (object? Variables, IReadOnlyList<(string Path, byte[]? Body)> Sent) Costliest { get; set; } = (null, []);

    public List<(object Variables, JsonElement Sqlite, JsonElement Neo4j)> Answers { get; } = [];

    public double P95Ratio => Neo4j.Percentile(95) / Sqlite.Percentile(95);

    public bool MeetsTargets => P95Ratio <= RatioTarget && RoundTrips.Max() <= RoundTripTarget;

    /// <summary>The first answer that differs between the stores, each side from a little before where they part.</summary>
    public (string Sqlite, string Neo4j)? FirstDifference()
    {
        foreach (var (_, fromSqlite, fromNeo4j) in Answers)
        {
            var (a, b) = (Comparable(fromSqlite), Comparable(fromNeo4j));
            if (a != b)
            {
                var at = Math.Max(0, a.Zip(b).TakeWhile(pair => pair.First == pair.Second).Count() - 40);
                return (Excerpt(a, at), Excerpt(b, at));
            }
        }

        return null;
    }

    private static string Excerpt(string text, int at) => (at > 0 ? "…" : "") + text[at..Math.Min(text.Length, at + 160)];

    /// <summary>The answer without its cursors, which are opaque and each store's own.</summary>
    private static string Comparable(JsonElement data)
    {
        var node = JsonNode.Parse(data.GetRawText());
        Strip(node);
        return node?.ToJsonString() ?? "null";

        static void Strip(JsonNode? node)
        {
            if (node is JsonObject obj)
            {
                foreach (var key in new[] { "cursor", "startCursor", "endCursor" })
                {
                    obj.Remove(key);
                }

                foreach (var (_, child) in obj)
                {
                    Strip(child);
                }
            }
            else if (node is JsonArray array)
            {
                foreach (var child in array)
                {
                    Strip(child);
                }
            }
        }
    }

    public static string Header =>
        $"{"read",-34} {"n",4} | {"SQLite p50",10} {"p95",8} | {"Neo4j p50",10} {"p95",8} | {"ratio p50",9} {"p95",6} | {"trips min/med/max",17} | {"same answer",11} | targets";

    public string Row()
    {
        var trips = RoundTrips.Order().ToList();
        var same = Answers.Count(a => Comparable(a.Sqlite) == Comparable(a.Neo4j));
        var ratioTarget = P95Ratio <= RatioTarget ? "met" : "MISSED";
        var tripTarget = trips[^1] <= RoundTripTarget ? "met" : "MISSED";
        return string.Create(CultureInfo.InvariantCulture,
            $"{name,-34} {Sqlite.Count,4} | {Sqlite.Percentile(50),7:F1} ms {Sqlite.Percentile(95),5:F1} ms | {Neo4j.Percentile(50),7:F1} ms {Neo4j.Percentile(95),5:F1} ms | {Neo4j.Percentile(50) / Sqlite.Percentile(50),8:F1}x {P95Ratio,5:F1}x | {$"{trips[0]} / {trips[trips.Count / 2]} / {trips[^1]}",17} | {$"{same}/{Answers.Count}",11} | p95 {ratioTarget}, trips {tripTarget}");
    }
}
