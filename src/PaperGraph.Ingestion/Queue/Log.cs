using Microsoft.Extensions.Logging;

namespace PaperGraph.Ingestion.Queue;

/// <summary>The ingestion queue's log messages: one per file and one per batch.</summary>
internal static partial class Log
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Ingesting {File} from {Origin}")]
    public static partial void FileStarted(ILogger logger, string file, string origin);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Stored a batch of {File}: {Papers} papers, {Quarantined} quarantined")]
    public static partial void BatchStored(ILogger logger, string file, int papers, int quarantined);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingested {File}: {Papers} papers ({Created} new, {Updated} updated), {Quarantined} quarantined in {ElapsedMs} ms")]
    public static partial void FileIngested(ILogger logger, string file, long papers, long created, long updated, long quarantined, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not ingest {File}: {Reason}")]
    public static partial void FileUnreadable(ILogger logger, string file, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Ingesting {File} failed")]
    public static partial void FileFailed(ILogger logger, Exception error, string file);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopped ingesting {File} at shutdown")]
    public static partial void FileAbandoned(ILogger logger, string file);
}
