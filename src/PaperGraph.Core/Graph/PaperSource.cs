namespace PaperGraph.Core.Graph;

/// <summary>Where a paper was read: one row per (source, content hash), so re-reading a file adds nothing.</summary>
/// <param name="Source">The file name (not its full path) or <c>stdin</c>, <c>graphql</c>.</param>
/// <param name="Line">1-based line of the record in that source.</param>
/// <param name="ContentHash">SHA-256 of the record's normalised fields.</param>
public sealed record PaperSource(string Source, long Line, string ContentHash, DateTimeOffset FirstSeen, DateTimeOffset LastSeen);
