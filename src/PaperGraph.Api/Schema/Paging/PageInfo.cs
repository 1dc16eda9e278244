namespace PaperGraph.Api.Schema.Paging;

/// <summary>The Relay page info we serve (forward paging only).</summary>
internal sealed record PageInfo(bool HasNextPage, string? EndCursor);
