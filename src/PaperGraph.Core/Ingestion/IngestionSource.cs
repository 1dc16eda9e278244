namespace PaperGraph.Core.Ingestion;

/// <summary>One thing to ingest: a name (the file name, never its path, or <c>stdin</c>) and a way to open it.</summary>
/// <param name="Length">Size in bytes when known, for progress.</param>
/// <param name="Format">A <see cref="ListingFormats"/> name when the sender said what it is (the GraphQL <c>ingest</c> mutation); null to sniff.</param>
public sealed record IngestionSource(string Name, Func<Stream> Open, long? Length = null, string? Format = null)
{
    public const string StdinName = "stdin";

    public static IngestionSource FromFile(string path) => new(
        Path.GetFileName(path),
        () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan),
        File.Exists(path) ? new FileInfo(path).Length : null);

    public static IngestionSource FromStream(string name, Stream stream) => new(name, () => stream);

    /// <summary>Files as they are, folders recursively in name order, <c>-</c> as standard input.</summary>
    public static IReadOnlyList<IngestionSource> Expand(IEnumerable<string> paths, Func<Stream> openStdin)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var sources = new List<IngestionSource>();
        foreach (var path in paths)
        {
            if (path == "-")
            {
                sources.Add(new IngestionSource(StdinName, openStdin));
            }
            else if (Directory.Exists(path))
            {
                sources.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Order(StringComparer.Ordinal)
                    .Select(FromFile));
            }
            else
            {
                sources.Add(FromFile(path));
            }
        }

        return sources;
    }
}
