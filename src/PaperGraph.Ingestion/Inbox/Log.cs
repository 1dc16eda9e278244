using Microsoft.Extensions.Logging;

namespace PaperGraph.Ingestion.Inbox;

/// <summary>The inbox worker's log messages, one or two per file.</summary>
internal static partial class Log
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Watching inbox {Inbox} as worker {WorkerId}")]
    public static partial void Watching(ILogger logger, string inbox, string workerId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Claimed {File} as {ClaimId}")]
    public static partial void Claimed(ILogger logger, string file, string claimId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Resuming {File} left unfinished in processing/")]
    public static partial void Resuming(ILogger logger, string file);

    [LoggerMessage(Level = LogLevel.Information, Message = "Done {File}: {Papers} papers, {Quarantined} quarantined in {ElapsedMs} ms")]
    public static partial void Done(ILogger logger, string file, long papers, long quarantined, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed {File}: {Reason}")]
    public static partial void Failed(ILogger logger, string file, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "File-system events are unavailable for {Inbox}; relying on rescans")]
    public static partial void NoEvents(ILogger logger, Exception error, string inbox);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not claim {File}: {Reason}")]
    public static partial void ClaimFailed(ILogger logger, string file, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ignoring {File} in the inbox: {Reason}")]
    public static partial void Ignored(ILogger logger, string file, string reason);
}
