namespace PaperGraph.Api.Telemetry;

/// <summary>The API's per-request log line.</summary>
internal static partial class Log
{
    [LoggerMessage(Level = LogLevel.Information, Message = "GraphQL {Operation:l} {Outcome:l} in {ElapsedMs:0.0} ms, errors: {ErrorCodes:l}")]
    public static partial void Operation(ILogger logger, string operation, string outcome, double elapsedMs, string errorCodes);
}
