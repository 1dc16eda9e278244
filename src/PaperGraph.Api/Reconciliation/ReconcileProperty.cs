namespace PaperGraph.Api.Reconciliation;

/// <summary>
/// A property the service knows: for sharpening a query (<see cref="Sharpens"/>), for data extension, or
/// both. <see cref="ForPapers"/> says whether it belongs to papers or to entities.
/// </summary>
internal sealed record ReconcileProperty(string Id, string Name, string Description, bool ForPapers, bool Sharpens)
{
    public static IReadOnlyList<ReconcileProperty> All { get; } =
    [
        new("kind", "Kind", "The entity's kind: method, architecture, model, dataset or task.", false, true),
        new("introducedBy", "Introduced by", "The paper that introduced the entity (an arXiv id or a title).", false, true),
        new("year", "Year", "For an entity, the year it was introduced or first mentioned; for a paper, its listing year.", false, true),
        new("aliases", "Aliases", "Other names of the entity.", false, false),
        new("description", "Description", "The entity's description.", false, false),
        new("paperCount", "Number of papers", "How many papers mention the entity.", false, false),
        new("firstYear", "First year seen", "The first year a paper mentions the entity.", false, false),
        new("coMentioned", "Co-mentioned entities", "Entities mentioned in the same papers, most shared papers first.", false, false),
        new("arxivId", "arXiv id", "The paper's arXiv id.", true, true),
        new("title", "Title", "The paper's title.", true, false),
        new("author", "Author", "One of the paper's authors.", true, true),
        new("date", "Date", "The paper's listing date.", true, false),
        new("paperYear", "Year", "The paper's listing year.", true, true),
        new("mentions", "Mentions", "Entities the paper mentions.", true, false),
        new("introduces", "Introduces", "Entities the paper introduces.", true, false),
        new("buildsOn", "Builds on", "Papers this one builds on.", true, false),
    ];

    public static ReconcileProperty? Find(string id) => All.FirstOrDefault(p => p.Id == id);
}
