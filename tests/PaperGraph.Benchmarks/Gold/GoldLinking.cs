using PaperGraph.Core.Graph;
using PaperGraph.Core.Linking;

namespace PaperGraph.Benchmarks.Gold;

/// <summary>Links a set of gold papers the way the graph does: two passes, the second knowing every introduced entity.</summary>
internal static class GoldLinking
{
    public static IReadOnlyDictionary<string, PaperAnnotations> Link(IReadOnlyList<Paper> papers, LinkerDictionary dictionary)
    {
        var linker = new PaperLinker();
        var second = dictionary.WithIntroduced(papers.SelectMany(p => linker.Link(p, dictionary).NewEntities));
        return papers.ToDictionary(p => p.Id, p => linker.Link(p, second).Annotations);
    }

    /// <summary>The kind a mention's entity has: the catalog's, or "introduced" for a paper's own new names.</summary>
    public static string KindOf(string entityId, EntityCatalog catalog) =>
        catalog.Find(entityId)?.Entity.Kind.ToString().ToLowerInvariant() ?? "introduced";

    public static bool Overlaps(int start, int end, int otherStart, int otherEnd) => start < otherEnd && otherStart < end;

    public static string Ratio(int part, int whole) => whole == 0 ? "n/a" : $"{(double)part / whole:F3} ({part}/{whole})";
}
