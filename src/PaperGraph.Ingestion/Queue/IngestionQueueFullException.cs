namespace PaperGraph.Ingestion.Queue;

/// <summary>The shared ingestion queue is full; the API answers 503 with <c>Retry-After</c>.</summary>
public sealed class IngestionQueueFullException : Exception
{
    public IngestionQueueFullException()
        : this(0, TimeSpan.FromSeconds(5))
    {
    }

    public IngestionQueueFullException(string message)
        : base(message)
    {
    }

    public IngestionQueueFullException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public IngestionQueueFullException(int capacity, TimeSpan retryAfter)
        : base($"The ingestion queue is full ({capacity} jobs waiting); retry after {retryAfter.TotalSeconds:0} s.")
    {
        Capacity = capacity;
        RetryAfter = retryAfter;
    }

    public int Capacity { get; }

    public TimeSpan RetryAfter { get; } = TimeSpan.FromSeconds(5);
}
