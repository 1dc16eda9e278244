using System.Globalization;
using System.Text.RegularExpressions;

namespace PaperGraph.Testing.Metrics;

/// <summary>
/// Reads samples out of Prometheus' text exposition, so tests can ask for a series by name and the labels they care
/// about (the exporter adds others, such as <c>otel_scope_name</c>) instead of matching exact lines.
/// </summary>
public static partial class PrometheusText
{
    /// <summary>The value of the one sample of <paramref name="name"/> whose labels include <paramref name="labels"/>; null when there is none.</summary>
    public static double? Value(string exposition, string name, params (string Key, string Value)[] labels)
    {
        var matches = Samples(exposition, name).Where(sample => labels.All(label => sample.Labels.GetValueOrDefault(label.Key) == label.Value)).ToList();
        return matches.Count switch
        {
            0 => null,
            1 => matches[0].Value,
            _ => throw new InvalidOperationException($"{matches.Count} samples of {name} match; name more labels."),
        };
    }

    /// <summary>Every sample of the metric <paramref name="name"/> (exact, so <c>x_bucket</c> is not <c>x</c>).</summary>
    public static IEnumerable<Sample> Samples(string exposition, string name)
    {
        ArgumentNullException.ThrowIfNull(exposition);
        foreach (var line in exposition.Split('\n'))
        {
            var match = SampleLine().Match(line);
            if (!match.Success || match.Groups["name"].Value != name)
            {
                continue;
            }

            var labels = LabelPair().Matches(match.Groups["labels"].Value)
                .ToDictionary(pair => pair.Groups["key"].Value, pair => Regex.Unescape(pair.Groups["value"].Value), StringComparer.Ordinal);
            yield return new Sample(name, labels, double.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture));
        }
    }

    public sealed record Sample(string Name, IReadOnlyDictionary<string, string> Labels, double Value);

    [GeneratedRegex("""^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(?<labels>.*)\})? (?<value>[^ ]+)(?: -?[0-9]+)?$""")]
    private static partial Regex SampleLine();

    [GeneratedRegex("""(?<key>[a-zA-Z_][a-zA-Z0-9_]*)="(?<value>(?:[^"\\]|\\.)*)""")]
    private static partial Regex LabelPair();
}
