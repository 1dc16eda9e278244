using System.Diagnostics;

namespace PaperGraph.Benchmarks;

/// <summary>Runs one operation from <paramref name="Clients"/> concurrent loops until the time or request budget is spent.</summary>
internal sealed record LoadRun(int Clients, TimeSpan Duration, int MaxRequests)
{
    public async Task<(Latencies Latencies, double PerSecond, int Failures)> RunAsync(Func<int, Task<bool>> operation)
    {
        var issued = 0;
        var failures = 0;
        var watch = Stopwatch.StartNew();
        var perClient = await Task.WhenAll(Enumerable.Range(0, Clients).Select(async client =>
        {
            var latencies = new Latencies();
            while (watch.Elapsed < Duration && Interlocked.Increment(ref issued) <= MaxRequests)
            {
                var started = Stopwatch.GetTimestamp();
                if (!await operation(issued + client))
                {
                    Interlocked.Increment(ref failures);
                }

                latencies.Add(Stopwatch.GetElapsedTime(started));
            }

            return latencies;
        }));
        var all = new Latencies();
        foreach (var latencies in perClient)
        {
            all.AddRange(latencies);
        }

        return (all, all.Count / watch.Elapsed.TotalSeconds, failures);
    }
}
