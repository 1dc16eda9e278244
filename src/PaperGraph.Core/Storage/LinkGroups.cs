using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Storage;

/// <summary>How a store answers <see cref="LinkDirection.Both"/> from its two one-way reads.</summary>
public static class LinkGroups
{
    /// <summary>Each paper's outgoing links, then its incoming ones; a paper with neither is absent.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<PaperLink>> Concat(
        IReadOnlyDictionary<string, IReadOnlyList<PaperLink>> outgoing, IReadOnlyDictionary<string, IReadOnlyList<PaperLink>> incoming)
    {
        ArgumentNullException.ThrowIfNull(outgoing);
        ArgumentNullException.ThrowIfNull(incoming);
        return outgoing.Keys.Union(incoming.Keys, StringComparer.Ordinal).ToDictionary(
            id => id,
            id => (IReadOnlyList<PaperLink>)[.. outgoing.GetValueOrDefault(id) ?? [], .. incoming.GetValueOrDefault(id) ?? []],
            StringComparer.Ordinal);
    }
}
