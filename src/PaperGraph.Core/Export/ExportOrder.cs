using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Export;

/// <summary>The one order every format writes a paper's mentions in: field (title first), start, end, entity id.</summary>
internal static class ExportOrder
{
    public static IEnumerable<Mention> Mentions(IReadOnlyList<Mention> mentions) =>
        mentions.OrderBy(m => m.Field).ThenBy(m => m.Start).ThenBy(m => m.End).ThenBy(m => m.EntityId, StringComparer.Ordinal);
}
