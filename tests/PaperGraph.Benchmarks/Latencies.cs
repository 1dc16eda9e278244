using System.Globalization;

namespace PaperGraph.Benchmarks;

/// <summary>Per-call latencies in milliseconds, summarised as percentiles (nearest rank).</summary>
internal sealed class Latencies
{
    private readonly List<double> _milliseconds = [];

    public int Count => _milliseconds.Count;

    public void Add(TimeSpan elapsed) => _milliseconds.Add(elapsed.TotalMilliseconds);

    public void AddRange(Latencies other) => _milliseconds.AddRange(other._milliseconds);

    /// <summary>The calls whose position passes <paramref name="keep"/>, in order (one input's repeats, for instance).</summary>
    public Latencies Where(Func<int, bool> keep)
    {
        var kept = new Latencies();
        kept._milliseconds.AddRange(_milliseconds.Where((_, i) => keep(i)));
        return kept;
    }

    public double Percentile(double p)
    {
        if (_milliseconds.Count == 0)
        {
            return double.NaN;
        }

        var sorted = _milliseconds.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    public string Summary() => string.Create(CultureInfo.InvariantCulture,
        $"n={Count} p50={Percentile(50):F2} ms p95={Percentile(95):F2} ms p99={Percentile(99):F2} ms");
}
