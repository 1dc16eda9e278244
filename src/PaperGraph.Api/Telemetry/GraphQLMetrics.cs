using System.Diagnostics;
using System.Diagnostics.Metrics;
using PaperGraph.Core.Telemetry;

namespace PaperGraph.Api.Telemetry;

/// <summary>
/// One record per GraphQL request: <c>papergraph_graphql_request_duration_seconds{operation,outcome}</c>,
/// <c>papergraph_graphql_errors_total{code}</c> and one Information log line with the same facts.
/// </summary>
internal sealed class GraphQLMetrics(PaperGraphTelemetry telemetry, ILogger<GraphQLMetrics> logger)
{
    /// <summary>Operation names come from clients: longer ones are cut so a label stays a label.</summary>
    public const int MaxOperationNameLength = 64;

    private readonly Histogram<double> _duration = telemetry.CreateDuration(
        "papergraph.graphql.request.duration", "GraphQL requests by operation name and outcome, in seconds.");

    private readonly Counter<long> _errors = telemetry.Meter.CreateCounter<long>(
        "papergraph.graphql.errors", description: "GraphQL errors by code (limits, validation, timeouts, store failures).");

    /// <param name="operation">The operation's name; null for an anonymous one or a request that never parsed.</param>
    /// <param name="outcome">See <see cref="GraphQLOutcome"/>.</param>
    /// <param name="errorCodes">The code of every error in the response.</param>
    public void Record(long startedTimestamp, string? operation, string outcome, IEnumerable<string> errorCodes)
    {
        var elapsed = Stopwatch.GetElapsedTime(startedTimestamp);
        var name = operation is null ? "anonymous" : operation.Length > MaxOperationNameLength ? operation[..MaxOperationNameLength] : operation;
        _duration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("operation", name), new KeyValuePair<string, object?>("outcome", outcome));
        string? codes = null;
        foreach (var code in errorCodes)
        {
            _errors.Add(1, new KeyValuePair<string, object?>("code", code));
            codes = codes is null ? code : codes + "," + code;
        }

        Log.Operation(logger, name, outcome, elapsed.TotalMilliseconds, codes ?? "none");
    }
}
