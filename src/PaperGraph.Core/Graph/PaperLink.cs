namespace PaperGraph.Core.Graph;

/// <summary>A paper-to-paper link with the entities it goes via and a sentence a person can read.</summary>
public sealed record PaperLink(
    string CitingPaperId,
    string CitedPaperId,
    PaperLinkKind Kind,
    IReadOnlyList<string> ViaEntityIds,
    double Score,
    string Reason);
