namespace PaperGraph.Core.Storage;

/// <summary>
/// A page request over papers. Forward (the default): the <see cref="First"/> papers after the cursor
/// <see cref="After"/> (from the start when null). <see cref="Backward"/>: the <see cref="First"/> papers just
/// before the cursor (the last ones when null), still in list order, and <see cref="Page{T}.HasNextPage"/>
/// then says whether more papers precede them. Cursors are the same in both directions.
/// </summary>
public sealed record PaperQuery(PaperFilter Filter, PaperOrder OrderBy, int First, string? After = null)
{
    public bool Backward { get; init; }
}
