using Microsoft.Extensions.Logging;

namespace PaperGraph.Store.Neo4j.Http;

/// <summary>Hot-path log messages of the Neo4j HTTP edge.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Retrying Neo4j call {Attempt} after {Delay} because {Reason}")]
    public static partial void Retrying(ILogger logger, int attempt, TimeSpan delay, string reason);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "Neo4j rolled back a transaction of {StatementCount} statements: {Code} {Neo4jMessage}")]
    public static partial void TransactionFailed(ILogger logger, int statementCount, string code, string neo4jMessage);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Neo4j {Version} at {CommitUri}")]
    public static partial void Discovered(ILogger logger, string version, string commitUri);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Neo4j answered HTTP {Status} at {Uri}: {Body}")]
    public static partial void HttpFailure(ILogger logger, int status, string uri, string body);
}
