namespace PaperGraph.Core.Storage;

/// <summary>One item of a <see cref="Page{T}"/> with the cursor that points just after it.</summary>
public sealed record PageItem<T>(T Node, string Cursor);
