using System.Reflection;

namespace PaperGraph.Core.Samples;

/// <summary>
/// The bundled sample corpus: five Hugging Face paper-listing pages, embedded in this assembly so that
/// <c>papergraph serve</c> and the tests find them on any machine.
/// </summary>
public static class SampleCorpus
{
    private const string Prefix = "PaperGraph.Samples.listings.";

    /// <summary>File names of the sample pages, in name order (e.g. <c>000_a4cd674ad5893609.txt</c>).</summary>
    public static IReadOnlyList<string> FileNames { get; } = typeof(SampleCorpus).Assembly
        .GetManifestResourceNames()
        .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
        .Select(name => name[Prefix.Length..])
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>Opens one sample page by its file name.</summary>
    public static Stream Open(string fileName) =>
        typeof(SampleCorpus).Assembly.GetManifestResourceStream(Prefix + fileName)
        ?? throw new FileNotFoundException($"No sample listing named '{fileName}'.", fileName);

    /// <summary>Writes the sample pages into <paramref name="directory"/> and returns their paths.</summary>
    public static IReadOnlyList<string> ExtractTo(string directory)
    {
        Directory.CreateDirectory(directory);
        var paths = new List<string>(FileNames.Count);
        foreach (var name in FileNames)
        {
            var path = Path.Combine(directory, name);
            using var source = Open(name);
            using var target = File.Create(path);
            source.CopyTo(target);
            paths.Add(path);
        }

        return paths;
    }

    internal static Assembly Assembly => typeof(SampleCorpus).Assembly;
}
