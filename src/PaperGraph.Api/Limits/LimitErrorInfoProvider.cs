using GraphQL;
using GraphQL.Execution;
using PaperGraph.Api.Schema.Ingestion;

namespace PaperGraph.Api.Limits;

/// <summary>
/// GraphQL.NET's error shape (code, codes), plus <c>extensions.limit</c> for limit violations and
/// <c>extensions.retryAfter</c> (seconds) when the ingestion queue is full.
/// </summary>
internal sealed class LimitErrorInfoProvider(ErrorInfoProviderOptions options) : ErrorInfoProvider(options)
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        if (executionError is LimitExceededError limit)
        {
            var extensions = info.Extensions ?? new Dictionary<string, object?>();
            extensions["limit"] = limit.Limit;
            info.Extensions = extensions;
        }
        else if (executionError is IngestionQueueFullError full)
        {
            var extensions = info.Extensions ?? new Dictionary<string, object?>();
            extensions["retryAfter"] = full.RetryAfterSeconds;
            info.Extensions = extensions;
        }

        return info;
    }
}
