namespace PaperGraph.Core.Tests.HeldOut;

/// <summary>One held-out paper: its labels as written, the gold mentions they give (every occurrence, as spans) and its introduced entities.</summary>
internal sealed record HeldOutPaper(
    int Index,
    string Id,
    string ArxivId,
    string Title,
    string Abstract,
    IReadOnlyList<HeldOutLabel> Labels,
    IReadOnlyList<HeldOutMention> Mentions,
    IReadOnlyList<HeldOutIntroduced> Introduced);
