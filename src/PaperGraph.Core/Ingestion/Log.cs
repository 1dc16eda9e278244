using Microsoft.Extensions.Logging;

namespace PaperGraph.Core.Ingestion;

/// <summary>Ingestion's hot-path log messages.</summary>
internal static partial class Log
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Reading {Source}")]
    public static partial void SourceStarted(ILogger logger, string source);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stored {PaperCount} papers: {Created} new, {Updated} updated, {Unchanged} unchanged")]
    public static partial void BatchStored(ILogger logger, int paperCount, long created, long updated, long unchanged);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Quarantined {Source} line {Line}: {ReasonCode} {Reason}")]
    public static partial void Quarantined(ILogger logger, string source, long? line, string reasonCode, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Recovered quarantined record {QuarantineId} from {Source} as {PaperCount} papers")]
    public static partial void Recovered(ILogger logger, string quarantineId, string source, int paperCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Quarantined record {QuarantineId} still fails: {ReasonCode}")]
    public static partial void StillQuarantined(ILogger logger, string quarantineId, string reasonCode);
}
