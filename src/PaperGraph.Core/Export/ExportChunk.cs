using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Export;

/// <summary>
/// A few hundred papers in id order with what an export writes about them. Links only point to papers the
/// export holds; <see cref="Entities"/> and <see cref="CitedTitles"/> name what the papers refer to.
/// </summary>
internal sealed record ExportChunk(
    IReadOnlyList<Paper> Papers,
    IReadOnlyDictionary<string, IReadOnlyList<Mention>> Mentions,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Introduced,
    IReadOnlyDictionary<string, IReadOnlyList<PaperLink>> Links,
    IReadOnlyDictionary<string, Entity> Entities,
    IReadOnlyDictionary<string, string> CitedTitles)
{
    public IReadOnlyList<Mention> MentionsOf(string paperId) => Mentions.GetValueOrDefault(paperId) ?? [];

    public IReadOnlyList<string> IntroducedBy(string paperId) => Introduced.GetValueOrDefault(paperId) ?? [];

    public IReadOnlyList<PaperLink> LinksOf(string paperId) => Links.GetValueOrDefault(paperId) ?? [];
}
