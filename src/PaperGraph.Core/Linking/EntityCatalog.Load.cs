using System.IO.Compression;
using System.Text.Json;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Linking.Catalog;

namespace PaperGraph.Core.Linking;

public sealed partial class EntityCatalog
{
    private const string ResourceName = "PaperGraph.Linking.entities.jsonl.gz";
    private const string GenericResourceName = "PaperGraph.Linking.generic_names.txt.gz";
    private const string CommonResourceName = "PaperGraph.Linking.common_names.txt.gz";

    private const string MinedResourceName = "PaperGraph.Linking.mined.jsonl.gz";
    private const string EstablishedResourceName = "PaperGraph.Linking.established_names.txt.gz";

    /// <summary>
    /// Loads the catalog embedded in this assembly (the sources' entities, then the names mined from the arXiv corpus),
    /// with its lists of generic phrases and common names.
    /// </summary>
    public static EntityCatalog LoadEmbedded()
    {
        using var stream = Resource(ResourceName);
        using var mined = Resource(MinedResourceName);
        // Established long forms ("Gaussian Mixture Model") are common names: no one paper's entity, defined or matched.
        return new EntityCatalog(
            [.. ReadEntries(stream), .. ReadEntries(mined)],
            ReadLines(GenericResourceName),
            [.. ReadLines(CommonResourceName), .. ReadLines(EstablishedResourceName)]);
    }

    private static List<string> ReadLines(string resourceName)
    {
        using var gzip = new GZipStream(Resource(resourceName), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var lines = new List<string>();
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            lines.Add(line);
        }

        return lines;
    }

    private static Stream Resource(string name) => typeof(EntityCatalog).Assembly.GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"The assembly has no embedded resource '{name}'.");

    /// <summary>Reads a gzipped JSON Lines catalog in the format <c>build_catalog.py</c> writes.</summary>
    public static EntityCatalog Load(Stream gzipStream, IEnumerable<string>? genericNames = null, IEnumerable<string>? commonNames = null) =>
        new(ReadEntries(gzipStream), genericNames, commonNames);

    private static List<CatalogEntry> ReadEntries(Stream gzipStream)
    {
        using var gzip = new GZipStream(gzipStream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var entries = new List<CatalogEntry>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                entries.Add(ParseEntry(line));
            }
        }

        return entries;
    }

    private static CatalogEntry ParseEntry(string line)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        var aliases = Strings(root, "aliases");
        var exact = Strings(root, "exact").ToHashSet(StringComparer.Ordinal);
        var entity = new Entity
        {
            Id = root.GetProperty("id").GetString()!,
            Name = root.GetProperty("name").GetString()!,
            Kind = Enum.Parse<EntityKind>(root.GetProperty("kind").GetString()!, ignoreCase: true),
            Aliases = aliases,
            Description = root.TryGetProperty("description", out var d) ? d.GetString() : null,
            IntroducedBy = root.TryGetProperty("introducedBy", out var i) && i.ValueKind == JsonValueKind.Object
                ? new IntroducingPaper(OptionalString(i, "title"), OptionalString(i, "arxivId"), i.TryGetProperty("year", out var y) && y.ValueKind == JsonValueKind.Number ? y.GetInt32() : null)
                : null,
            Source = root.GetProperty("source").GetString()!,
        };
        var linkable = !root.TryGetProperty("link", out var link) || link.GetBoolean();
        return new CatalogEntry(entity, aliases.Select(a => new CatalogAlias(a, exact.Contains(a))).ToArray(), linkable);
    }

    private static string[] Strings(JsonElement root, string name) =>
        root.TryGetProperty(name, out var array) ? array.EnumerateArray().Select(e => e.GetString()!).ToArray() : [];

    private static string? OptionalString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
