using System.Diagnostics;

namespace PaperGraph.Benchmarks;

/// <summary>
/// Wall-clock and process CPU time of a run. The machine is shared, so wall time swings with other load;
/// CPU time (all threads, GC included) is the per-core cost and is what the throughput figures use.
/// </summary>
internal readonly record struct Timing(double WallSeconds, double CpuSeconds)
{
    public const int Rounds = 3; // round 0 warms up the JIT and tiering; the best of the others is kept

    public static Timing Measure(Action run)
    {
        var cpu = Environment.CpuUsage.TotalTime;
        var wall = Stopwatch.StartNew();
        run();
        return new Timing(wall.Elapsed.TotalSeconds, (Environment.CpuUsage.TotalTime - cpu).TotalSeconds);
    }

    public static async Task<Timing> MeasureAsync(Func<Task> run)
    {
        var cpu = Environment.CpuUsage.TotalTime;
        var wall = Stopwatch.StartNew();
        await run();
        return new Timing(wall.Elapsed.TotalSeconds, (Environment.CpuUsage.TotalTime - cpu).TotalSeconds);
    }

    /// <summary>The best of <see cref="Rounds"/> runs after a warm-up, by CPU time.</summary>
    public static Timing Best(Action run)
    {
        Measure(run);
        var best = Measure(run);
        for (var round = 2; round < Rounds; round++)
        {
            var next = Measure(run);
            best = next.CpuSeconds < best.CpuSeconds ? next : best;
        }

        return best;
    }
}
