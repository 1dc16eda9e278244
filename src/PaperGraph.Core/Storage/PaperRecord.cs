using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Storage;

/// <summary>A paper as read from one place in one source: what an upsert takes.</summary>
public sealed record PaperRecord(Paper Paper, string Source, long Line, string ContentHash, DateTimeOffset SeenAt);
