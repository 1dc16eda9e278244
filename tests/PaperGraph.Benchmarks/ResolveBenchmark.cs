using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using PaperGraph.Core.Resolution;
using PaperGraph.Store.Sqlite;

namespace PaperGraph.Benchmarks;

/// <summary>
/// <c>resolve --db PATH [--batches N]</c>: the resolver behind <c>resolveEntities</c> and <c>/reconcile</c>, called
/// in process on the store's alias index with batches of 100 names drawn as the reconcile benchmark draws its
/// entity queries (every fifth misspelt, a fifth with a kind hint). Prints the index build time, then wall and
/// thread CPU time per batch: CPU time is what the resolver costs, whatever else the machine runs.
/// </summary>
internal static class ResolveBenchmark
{
    public static async Task<int> RunAsync(string db, int batches)
    {
        await using var store = new SqliteGraphStore(new SqliteOptions { DatabasePath = db }, NullLogger<SqliteGraphStore>.Instance);
        await store.InitializeAsync(CancellationToken.None);
        using var cache = new AliasIndexCache(store, TimeProvider.System);
        var build = Stopwatch.StartNew();
        var index = await cache.GetAsync(CancellationToken.None);
        Console.WriteLine($"alias index: {index.Entities.Count} entities, built in {build.ElapsedMilliseconds} ms");

        var names = index.Entities.Values.OrderBy(e => e.Id, StringComparer.Ordinal).Where((_, i) => i % 50 == 0).ToList();
        var random = new Random(16);
        var wall = new Latencies();
        var cpu = new Latencies();
        for (var round = -3; round < batches; round++)
        {
            var inputs = new List<ResolutionInput>();
            for (var i = 0; i < 100; i++)
            {
                var entity = names[random.Next(names.Count)];
                var text = i % 5 == 4 && entity.Name.Length > 5 ? entity.Name.Remove(entity.Name.Length / 2, 1) : entity.Name;
                inputs.Add(new ResolutionInput(text, i % 5 == 1 ? entity.Kind : null));
            }

            var cpuBefore = ThreadCpu.Now();
            var clock = Stopwatch.StartNew();
            _ = EntityResolver.Resolve(index, inputs, 5);
            clock.Stop();
            if (round >= 0)
            {
                wall.Add(clock.Elapsed);
                cpu.Add(ThreadCpu.Now() - cpuBefore);
            }
        }

        Console.WriteLine($"resolve, 100 names per batch, wall: {wall.Summary()}");
        Console.WriteLine($"resolve, 100 names per batch, thread CPU: {cpu.Summary()}");
        return 0;
    }
}
