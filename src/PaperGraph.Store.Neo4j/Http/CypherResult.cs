using System.Text.Json;

namespace PaperGraph.Store.Neo4j.Http;

/// <summary>The rows of one statement; each row is the JSON array Neo4j returns under <c>row</c>.</summary>
internal sealed record CypherResult(IReadOnlyList<string> Columns, IReadOnlyList<JsonElement> Rows);
