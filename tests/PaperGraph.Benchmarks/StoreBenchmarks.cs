using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using PaperGraph.Core.Storage;
using PaperGraph.Store.Sqlite;

namespace PaperGraph.Benchmarks;

/// <summary>The store and API benchmarks (<c>neo4j-ingest</c>, <c>linked-ingest</c>, <c>related</c>, <c>search</c>, <c>graphql-load</c>, <c>store-telemetry</c>, <c>store-reads</c>): parse their options and open the store they name.</summary>
internal static class StoreBenchmarks
{
    public const string Usage = """
               neo4j-ingest --corpus PATH.jsonl.gz [--limit N] --neo4j-url URL
               linked-ingest --corpus PATH.jsonl.gz [--limit N] --neo4j-url URL
               related --db PATH | --neo4j-url URL [--samples N]
               search --db PATH | --neo4j-url URL [--samples N] [--api URL]
               graphql-load --db PATH --api URL [--clients N] [--seconds S] [--max-requests N]
               store-telemetry --db PATH [--calls N]
               store-reads --db PATH --neo4j-url URL [--samples N]
        """;

    public static async Task<int> RunAsync(string command, string[] args)
    {
        string? Option(string name) => Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        int Number(string name, int fallback) => Option(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
        var (corpus, db, neo4j, api) = (Option("--corpus"), Option("--db"), Option("--neo4j-url"), Option("--api"));
        var valid = command switch
        {
            "neo4j-ingest" or "linked-ingest" => corpus is not null && neo4j is not null,
            "related" or "search" => (db is null) != (neo4j is null),
            "store-telemetry" => db is not null,
            "store-reads" => db is not null && neo4j is not null,
            _ => db is not null && api is not null,
        };
        if (!valid)
        {
            await Console.Error.WriteLineAsync("usage:\n" + Usage);
            return 2;
        }

        MachineInfo.Print(string.Join(' ', args.Select(a => a == corpus || a == db ? Path.GetFileName(a) : a)));
        if (command == "neo4j-ingest")
        {
            return await Neo4jIngestBenchmark.RunAsync(corpus!, Number("--limit", int.MaxValue), neo4j!);
        }

        if (command == "linked-ingest")
        {
            return await LinkedIngestBenchmark.RunAsync(corpus!, Number("--limit", int.MaxValue), neo4j!);
        }

        if (command == "store-reads")
        {
            return await Reads.StoreReadsBenchmark.RunAsync(db!, neo4j!, Number("--samples", 100));
        }

        await using var services = neo4j is not null ? Neo4jStores.Create(neo4j) : null;
        await using var sqlite = db is not null ? new SqliteGraphStore(new SqliteOptions { DatabasePath = db }, NullLogger<SqliteGraphStore>.Instance) : null;
        IGraphStore store = services?.GetRequiredService<IGraphStore>() ?? sqlite!;
        await store.InitializeAsync(CancellationToken.None);
        return command == "related" ? await RelatedBenchmark.RunAsync(store, Number("--samples", 200))
            : command == "search" ? await SearchBenchmark.RunAsync(store, Number("--samples", 20), api is null ? null : new Uri(api))
            : command == "store-telemetry" ? await StoreTelemetryBenchmark.RunAsync(store, Number("--calls", 5_000))
            : await GraphQLLoadBenchmark.RunAsync(store, new Uri(api!), new LoadRun(Number("--clients", 8), TimeSpan.FromSeconds(Number("--seconds", 20)), Number("--max-requests", 200_000)));
    }
}
