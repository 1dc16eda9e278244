namespace PaperGraph.Core.Tests.HeldOut;

/// <summary>One mention label of labels.txt as written: <c>surface=&gt;kind</c> or <c>surface=&gt;kind:base</c>.</summary>
internal sealed record HeldOutLabel(string Surface, string Kind, string? Base);
