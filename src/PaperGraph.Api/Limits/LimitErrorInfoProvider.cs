using GraphQL;
using GraphQL.Execution;
using PaperGraph.Api.Schema.Ingestion;
using PaperGraph.Core.Storage;
using PaperGraph.Store.Neo4j.Http;

namespace PaperGraph.Api.Limits;

/// <summary>
/// GraphQL.NET's error shape (code, codes), plus <c>extensions.limit</c> for limit violations and
/// <c>extensions.retryAfter</c> (seconds) when the ingestion queue is full, a store that cannot be written as
/// <c>STORE_NOT_WRITABLE</c> with its reason, Neo4j's transaction timeout as <c>STORE_TIMEOUT</c> with its reason;
/// without "Did you mean …?" when field suggestions are switched off.
/// </summary>
internal sealed class LimitErrorInfoProvider(ErrorInfoProviderOptions options, bool fieldSuggestions = true) : ErrorInfoProvider(options)
{
    /// <summary>The store ended the query at its own time limit (Neo4j's transaction timeout); the API's own is <c>TIMEOUT</c>.</summary>
    public const string StoreTimeoutCode = "STORE_TIMEOUT";

    private const string Suggestion = " Did you mean ";

    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        if (!fieldSuggestions && info.Message.IndexOf(Suggestion, StringComparison.Ordinal) is > 0 and var cut)
        {
            info.Message = info.Message[..cut]; // Security:EnableFieldSuggestions off: no list of real field names
        }

        if (executionError is LimitExceededError limit)
        {
            var extensions = info.Extensions ?? new Dictionary<string, object?>();
            extensions["limit"] = limit.Limit;
            info.Extensions = extensions;
        }
        else if (executionError.InnerException is StoreNotWritableException notWritable)
        {
            info.Message = notWritable.Message; // says what an operator can do (read-only, disk full) and names no path
        }
        else if (executionError.InnerException is Neo4jTransactionTimeoutException timeout)
        {
            info.Message = timeout.Message; // names the server's limit and Neo4j's status code, never Neo4j's own text
            // One code for what failed: the default spells the type's name, NEO_4_J_TRANSACTION_TIMEOUT.
            var extensions = info.Extensions ?? new Dictionary<string, object?>();
            extensions["code"] = StoreTimeoutCode;
            extensions["codes"] = new[] { StoreTimeoutCode };
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
