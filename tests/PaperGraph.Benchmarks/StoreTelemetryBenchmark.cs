using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using PaperGraph.Core.Storage;
using PaperGraph.Core.Telemetry;

namespace PaperGraph.Benchmarks;

/// <summary>
/// <c>store-telemetry</c>: what <see cref="InstrumentedGraphStore"/> adds to a one-paper read (<c>GetPapersAsync</c> of
/// one id, the read behind <c>paper(id:)</c>), with its histogram collected as an exporter would. The plain and the
/// instrumented store are timed in alternating rounds over the same ids, one caller, best round of each kept.
/// </summary>
internal static class StoreTelemetryBenchmark
{
    /// <summary>Many short rounds: on a shared machine the best of many is what the code costs.</summary>
    private const int Rounds = 41;

    public static async Task<int> RunAsync(IGraphStore plain, int calls)
    {
        var ct = CancellationToken.None;
        var ids = new List<string>();
        await foreach (var id in plain.StreamPaperIdsAsync(ct))
        {
            ids.Add(id);
        }

        using var telemetry = new PaperGraphTelemetry();
        var instrumented = new InstrumentedGraphStore(plain, "sqlite", telemetry);
        using var listener = new MeterListener();
        long recorded = 0;
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument.Meter, telemetry.Meter))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((_, _, _, _) => recorded++);
        listener.Start();

        var best = new Dictionary<string, double> { ["plain"] = double.MaxValue, ["instrumented"] = double.MaxValue };
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var (name, store) in new[] { ("plain", plain), ("instrumented", (IGraphStore)instrumented) })
            {
                var watch = Stopwatch.StartNew();
                for (var i = 0; i < calls; i++)
                {
                    var paperId = ids[i * 7919 % ids.Count];
                    if ((await store.GetPapersAsync([paperId], ct)).Count != 1)
                    {
                        throw new InvalidOperationException($"{paperId} not found");
                    }
                }

                if (round > 0)
                {
                    best[name] = Math.Min(best[name], watch.Elapsed.TotalMicroseconds / calls);
                }
            }
        }

        var culture = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(culture, $"store: {ids.Count} papers; {calls} one-paper reads per round, {Rounds - 1} rounds of each after a warm-up, alternating, best round"));
        Console.WriteLine(string.Create(culture, $"plain:        {best["plain"]:F1} µs per read"));
        Console.WriteLine(string.Create(culture, $"instrumented: {best["instrumented"]:F1} µs per read ({recorded} durations recorded)"));
        Console.WriteLine(string.Create(culture, $"overhead:     {best["instrumented"] - best["plain"]:F1} µs, {best["instrumented"] / best["plain"]:F3}x"));
        return 0;
    }
}
