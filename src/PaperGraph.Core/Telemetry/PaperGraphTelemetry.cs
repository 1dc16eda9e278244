using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace PaperGraph.Core.Telemetry;

/// <summary>
/// The <see cref="Meter"/> and <see cref="ActivitySource"/> named <see cref="Name"/> that every PaperGraph instrument
/// and span comes from; a host's OpenTelemetry set-up listens to that name. A DI singleton, not a static, so each
/// host owns its own and an unobserved one costs nothing (no listener, no recording).
/// </summary>
public sealed class PaperGraphTelemetry : IDisposable
{
    public const string Name = "PaperGraph";

    /// <summary>Bucket bounds in seconds for durations from a cached read (~50 µs) to a long linking batch.</summary>
    public static readonly IReadOnlyList<double> DurationBuckets =
        [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

    public PaperGraphTelemetry()
    {
        Meter.CreateObservableGauge("papergraph.build.info", () => new Measurement<long>(1,
            new KeyValuePair<string, object?>("version", BuildInfo.Version), new KeyValuePair<string, object?>("commit", BuildInfo.Commit)),
            description: "Always 1; the labels say which build runs.");
    }

    public Meter Meter { get; } = new(Name, BuildInfo.Version);

    public ActivitySource ActivitySource { get; } = new(Name, BuildInfo.Version);

    /// <summary>A histogram of durations in seconds with <see cref="DurationBuckets"/>.</summary>
    public Histogram<double> CreateDuration(string name, string description) =>
        Meter.CreateHistogram(name, "s", description, tags: null, new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });

    public void Dispose()
    {
        // The Meter is left to the garbage collector: the OpenTelemetry SDK keys metric streams by meter and
        // instrument name, so disposing one host's meter stops every other live meter of the same name in the
        // process from exporting (open-telemetry/opentelemetry-dotnet#6412) — seen when test hosts come and go
        // beside a long-lived one. A meter nothing records into costs nothing.
        ActivitySource.Dispose();
    }
}
