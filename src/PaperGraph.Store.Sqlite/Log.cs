using Microsoft.Extensions.Logging;

namespace PaperGraph.Store.Sqlite;

internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Applied SQLite migration {Version} ({Name})")]
    public static partial void MigrationApplied(ILogger logger, int version, string name);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "SQLite store ready at {DatabasePath}, schema version {SchemaVersion}")]
    public static partial void StoreReady(ILogger logger, string databasePath, int schemaVersion);

    [LoggerMessage(EventId = 3, Level = LogLevel.Debug, Message = "Upserted {RecordCount} paper records: {Created} created, {Updated} updated, {Unchanged} unchanged")]
    public static partial void PapersUpserted(ILogger logger, int recordCount, int created, int updated, int unchanged);
}
