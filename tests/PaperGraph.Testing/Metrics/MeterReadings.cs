using System.Diagnostics.Metrics;

namespace PaperGraph.Testing.Metrics;

/// <summary>Reads a meter's observable instruments once, in-process, as an exporter would at a scrape.</summary>
public static class MeterReadings
{
    public static IReadOnlyList<Reading> Observe(Meter meter)
    {
        ArgumentNullException.ThrowIfNull(meter);
        var readings = new List<Reading>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument.Meter, meter))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => readings.Add(new Reading(instrument.Name, Tags(tags), value)));
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => readings.Add(new Reading(instrument.Name, Tags(tags), value)));
        listener.Start();
        listener.RecordObservableInstruments();
        return readings;
    }

    /// <summary>The one reading of <paramref name="instrument"/> whose tags include <paramref name="tags"/>.</summary>
    public static double Value(this IReadOnlyList<Reading> readings, string instrument, params (string Key, string Value)[] tags) =>
        readings.Single(r => r.Instrument == instrument && tags.All(t => Equals(r.Tags.GetValueOrDefault(t.Key), t.Value))).Value;

    private static Dictionary<string, object?> Tags(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            copy[tag.Key] = tag.Value;
        }

        return copy;
    }

    public sealed record Reading(string Instrument, IReadOnlyDictionary<string, object?> Tags, double Value);
}
