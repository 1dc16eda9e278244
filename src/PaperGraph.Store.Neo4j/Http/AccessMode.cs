using System.Text.RegularExpressions;

namespace PaperGraph.Store.Neo4j.Http;

/// <summary>
/// Tells a transaction that only reads from one that writes, from its statements' text. The store writes Cypher clauses
/// in upper case, so an upper-case write clause anywhere means a write; any procedure call but the full-text index
/// query counts as one too (resampling indexes, schema calls). A read taken for a write only loses cluster routing; a
/// write taken for a read would be refused by a read replica, so the test that runs the whole store contract checks,
/// with the server's own update statistics, that nothing sent as a read wrote.
/// </summary>
internal static partial class AccessMode
{
    public static bool IsReadOnly(IReadOnlyList<CypherStatement> statements) => statements.All(statement => !WriteClause().IsMatch(statement.Text));

    [GeneratedRegex(@"\b(?:CREATE|MERGE|SET|DELETE|REMOVE|DROP|FOREACH|LOAD\s+CSV)\b|\bCALL\s+(?!db\.index\.fulltext\.queryNodes\b)", RegexOptions.CultureInvariant)]
    private static partial Regex WriteClause();
}
