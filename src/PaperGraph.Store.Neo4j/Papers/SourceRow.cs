using PaperGraph.Core.Storage;

namespace PaperGraph.Store.Neo4j.Papers;

/// <summary>One <c>:Source</c> provenance node: a (paper, source, content hash) with first/last seen as UTC ticks.</summary>
internal sealed record SourceRow(string Key, string PaperId, string Source, long Line, string ContentHash, long FirstSeen, long LastSeen)
{
    /// <summary>One row per key; several records with one key merge to the earliest and latest sighting.</summary>
    public static List<SourceRow> From(IEnumerable<PaperRecord> records) =>
        records
            .Select(record => new SourceRow(
                KeyOf(record), record.Paper.Id, record.Source, record.Line, record.ContentHash,
                record.SeenAt.UtcTicks, record.SeenAt.UtcTicks))
            .GroupBy(row => row.Key, StringComparer.Ordinal)
            .Select(group =>
            {
                var earliest = group.MinBy(row => row.FirstSeen)!;
                return earliest with { LastSeen = group.Max(row => row.LastSeen) };
            })
            .ToList();

    private static string KeyOf(PaperRecord record) =>
        string.Join('\u001f', record.Paper.Id, record.Source, record.ContentHash);
}
