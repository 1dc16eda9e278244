using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace PaperGraph.Store.Neo4j.Http;

/// <summary>
/// The one named Polly pipeline for Neo4j: retry (outermost) → circuit breaker → per-attempt timeout.
/// Transient means network failure, timeout, HTTP 5xx or <c>Neo.TransientError.*</c>; a
/// <c>Neo.ClientError.*</c> is a bug or bad input and is never retried. Retrying a whole write
/// transaction is safe because every write is an idempotent MERGE/replace keyed by id: a batch that
/// committed before the connection dropped is re-applied to the same end state.
/// </summary>
internal static class Neo4jResilience
{
    public const string PipelineName = "PaperGraph.Neo4j";

    public static void Configure(ResiliencePipelineBuilder builder, Neo4jOptions options, ILogger logger)
    {
        var transient = new PredicateBuilder()
            .Handle<HttpRequestException>()
            .Handle<TimeoutRejectedException>()
            .Handle<Neo4jTransientException>();

        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = transient,
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = TimeSpan.FromSeconds(10),
                OnRetry = args =>
                {
                    Log.Retrying(logger, args.AttemptNumber + 1, args.RetryDelay, ReasonOf(args.Outcome.Exception));
                    return ValueTask.CompletedTask;
                },
            });
        }

        builder
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = transient,
                FailureRatio = 0.5,
                MinimumThroughput = 10,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = options.BreakDuration,
            })
            .AddTimeout(options.RequestTimeout);
    }

    private static string ReasonOf(Exception? exception) => exception switch
    {
        Neo4jTransientException transient => transient.Code,
        TimeoutRejectedException => "timeout",
        HttpRequestException http => http.HttpRequestError.ToString(),
        null => "unknown",
        _ => exception.GetType().Name,
    };
}
