using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaperGraph.Core.Storage;
using PaperGraph.Store.Neo4j.Http;
using PaperGraph.Store.Neo4j.Schema;

namespace PaperGraph.Store.Neo4j;

/// <summary>
/// <see cref="IGraphStore"/> over Neo4j's HTTP transactional Cypher API (3.1 through 5.x). Writes are
/// batched <c>UNWIND $rows … MERGE</c> statements, one batch per HTTP transaction; reads take id lists.
/// All Cypher is the subset 3.1 and 5.x share. Facets: <c>.Papers</c>, <c>.PaperQueries</c>,
/// <c>.Entities</c>, <c>.Annotations</c>, <c>.Usage</c>, <c>.Links</c>, <c>.Quarantine</c>.
/// </summary>
public sealed partial class Neo4jGraphStore : IGraphStore
{
    private readonly CypherClient _client;
    private readonly Neo4jOptions _options;
    private readonly ILogger<Neo4jGraphStore> _logger;

    internal Neo4jGraphStore(CypherClient client, IOptions<Neo4jOptions> options, ILogger<Neo4jGraphStore> logger)
    {
        _client = client;
        _options = options.Value;
        _logger = logger;
    }

    private int BatchSize => _options.BatchSize;

    /// <summary>Discovers the endpoint and applies the version family's DDL, each statement in its own transaction.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var endpoint = await _client.GetEndpointAsync(cancellationToken);
        foreach (var statement in SchemaScript.Load(endpoint.SchemaFamily))
        {
            await _client.RunAsync(new CypherStatement(statement), cancellationToken);
        }

        _logger.LogInformation("Neo4j schema {SchemaFamily} applied for server {Version}", endpoint.SchemaFamily, endpoint.Version);
        await EnsureSearchStatisticsAsync(cancellationToken);
        await EnsureWordIndexFormAsync(cancellationToken);
    }

    private const string CountPapersCypher = "MATCH (p:Paper) RETURN count(p)";

    // One count per statement: chained MATCH … WITH count() would yield no row once any label is empty.
    private static readonly CypherStatement[] StatsStatements =
    [
        new(CountPapersCypher),
        new("MATCH (e:Entity) RETURN count(e)"),
        new("MATCH ()-[m:MENTIONS]->() RETURN count(m)"),
        new("MATCH ()-[l:BUILDS_ON]->() RETURN count(l)"),
        new("MATCH (q:Quarantine) RETURN count(q)"),
    ];

    public async Task<StoreStats> GetStatsAsync(CancellationToken cancellationToken)
    {
        var results = await _client.RunAsync(StatsStatements, cancellationToken);
        return new StoreStats(
            results[0].Rows[0].Int64(0), results[1].Rows[0].Int64(0), results[2].Rows[0].Int64(0),
            results[3].Rows[0].Int64(0), results[4].Rows[0].Int64(0));
    }

    /// <summary>
    /// The server answers each write itself (read-only mode, a full disk: an error naming it), and a probe write
    /// would be a real transaction on every readiness check; <see cref="GetStatsAsync"/> already proves it answers.
    /// </summary>
    public Task CheckWritableAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private const int RowsBeforeResampling = 1_000;

    /// <summary>
    /// After a large write, asks the server to resample the indexes it has outdated. Neo4j plans a statement once
    /// from its index statistics and keeps the plan until they are resampled, which it does only every so often:
    /// on a new database the statements the linker sends were planned against empty indexes, and the first 4,000
    /// corpus papers took 80 s instead of 20 (upserting introduced entities: 5–12 s per 500 rows, then 0.1 s).
    /// The procedure only schedules the sampling, and skips indexes that changed little.
    /// </summary>
    private async Task RefreshStatisticsAsync(int rowsWritten, CancellationToken cancellationToken)
    {
        if (rowsWritten >= RowsBeforeResampling)
        {
            await _client.RunAsync(new CypherStatement("CALL db.resampleOutdatedIndexes()"), cancellationToken);
        }
    }

    private static IReadOnlyList<string> Distinct(IReadOnlyCollection<string> ids) => ids.Distinct(StringComparer.Ordinal).ToList();
}
