using System.Text.Json;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;

namespace PaperGraph.Store.Sqlite;

public sealed partial class SqliteGraphStore
{
    private const string DeleteOutgoingLinks = "DELETE FROM links WHERE citing_paper_id IN (SELECT value FROM json_each(@ids))";

    private const string InsertLink = """
        INSERT INTO links (citing_paper_id, cited_paper_id, kind, via, score, reason)
        VALUES (@citing, @cited, @kind, @via, @score, @reason)
        ON CONFLICT (citing_paper_id, cited_paper_id, kind) DO UPDATE SET via = excluded.via, score = excluded.score, reason = excluded.reason
        """;

    private const string SelectOutgoingLinks = """
        SELECT citing_paper_id, citing_paper_id, cited_paper_id, kind, via, score, reason
        FROM links WHERE citing_paper_id IN (SELECT value FROM json_each(@ids))
        ORDER BY citing_paper_id, score DESC, cited_paper_id
        """;

    private const string SelectIncomingLinks = """
        SELECT cited_paper_id, citing_paper_id, cited_paper_id, kind, via, score, reason
        FROM links WHERE cited_paper_id IN (SELECT value FROM json_each(@ids))
        ORDER BY cited_paper_id, score DESC, citing_paper_id
        """;

    public Task ReplaceLinksAsync(IReadOnlyCollection<string> citingPaperIds, IReadOnlyList<PaperLink> links, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(citingPaperIds);
        ArgumentNullException.ThrowIfNull(links);
        return WriteAsync((connection, transaction, ct) =>
        {
            using (var delete = Command(connection, DeleteOutgoingLinks, transaction))
            {
                delete.Parameters.AddWithValue("@ids", IdsJson(citingPaperIds));
                delete.ExecuteNonQuery();
            }

            using var insert = PreparedCommand.Create(connection, transaction, InsertLink, "@citing", "@cited", "@kind", "@via", "@score", "@reason");
            foreach (var link in links)
            {
                ct.ThrowIfCancellationRequested();
                insert.Run(link.CitingPaperId, link.CitedPaperId, link.Kind.ToString(), JsonSerializer.Serialize(link.ViaEntityIds), link.Score, link.Reason);
            }

            return Task.CompletedTask;
        }, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<PaperLink>>> GetLinksAsync(IReadOnlyCollection<string> paperIds, LinkDirection direction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paperIds);
        if (direction == LinkDirection.Both)
        {
            // An embedded store has no round trip to save: the two reads, each paper's outgoing links first.
            return LinkGroups.Concat(
                await GetLinksAsync(paperIds, LinkDirection.Outgoing, cancellationToken),
                await GetLinksAsync(paperIds, LinkDirection.Incoming, cancellationToken));
        }

        var sql = direction switch
        {
            LinkDirection.Outgoing => SelectOutgoingLinks,
            LinkDirection.Incoming => SelectIncomingLinks,
            _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, "Unknown link direction."),
        };
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, sql);
        command.Parameters.AddWithValue("@ids", IdsJson(paperIds));
        return await ReadGroupsAsync(command, reader => new PaperLink(
            reader.GetString(1),
            reader.GetString(2),
            Enum.Parse<PaperLinkKind>(reader.GetString(3)),
            JsonSerializer.Deserialize<string[]>(reader.GetString(4)) ?? [],
            reader.GetDouble(5),
            reader.GetString(6)), cancellationToken);
    }
}
