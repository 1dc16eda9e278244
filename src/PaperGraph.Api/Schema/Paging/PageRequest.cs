namespace PaperGraph.Api.Schema.Paging;

/// <summary>
/// A checked Relay page request: <see cref="Size"/> items after <see cref="Cursor"/> (<c>first</c>/<c>after</c>),
/// or, when <see cref="Backward"/>, the last <see cref="Size"/> before it (<c>last</c>/<c>before</c>).
/// </summary>
internal sealed record PageRequest(int Size, string? Cursor, bool Backward)
{
    /// <summary>The argument the cursor came in, for error messages.</summary>
    public string CursorArgument => Backward ? "before" : "after";

    /// <summary>The same position read the other way, with no items: answers "is there anything on the other side?".</summary>
    public PageRequest Opposite() => new(0, Cursor, !Backward);
}
