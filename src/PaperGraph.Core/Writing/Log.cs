using Microsoft.Extensions.Logging;

namespace PaperGraph.Core.Writing;

/// <summary>The writer lease's log messages.</summary>
internal static partial class Log
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Waiting for the writer lease held by {Holder} (up to {WaitTimeout})")]
    public static partial void Waiting(ILogger logger, string? holder, TimeSpan waitTimeout);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Took over the writer lease of {Holder}, which no longer runs on this host")]
    public static partial void TookOver(ILogger logger, string holder);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Writer lease acquired by {Owner}; previous writer {PreviousOwner}")]
    public static partial void Acquired(ILogger logger, string owner, string? previousOwner);

    // The reason only, as for ReleaseFailed: a store outage repeats this every renewal, a stack each time would bury the rest.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not renew the writer lease; trying again: {Reason}")]
    public static partial void RenewFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Lost the writer lease to {Holder}; stopping writes")]
    public static partial void Lost(ILogger logger, string? holder);

    // The reason, not the exception: a store that cannot be written (a full disk, Neo4j gone) is expected here, and the
    // command that failed with it says so in one line of its own; a stack trace above that line only hides it.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not release the writer lease (it ends on its own when it expires): {Reason}")]
    public static partial void ReleaseFailed(ILogger logger, string reason);
}
