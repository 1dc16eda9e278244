using GraphQL;
using PaperGraph.Ingestion.Queue;

namespace PaperGraph.Api.Schema.Ingestion;

/// <summary>
/// The <c>ingest</c> mutation found the shared ingestion queue full. The endpoint answers such a result with
/// HTTP 503 and <c>Retry-After</c>; the error carries the same wait as <c>extensions.retryAfter</c> (seconds).
/// </summary>
internal sealed class IngestionQueueFullError : ExecutionError
{
    public const string ErrorCode = "INGESTION_QUEUE_FULL";

    public IngestionQueueFullError(IngestionQueueFullException full)
        : base(full?.Message ?? "The ingestion queue is full.", full)
    {
        ArgumentNullException.ThrowIfNull(full);
        Code = ErrorCode;
        RetryAfterSeconds = (int)Math.Ceiling(full.RetryAfter.TotalSeconds);
    }

    public int RetryAfterSeconds { get; }
}
