namespace PaperGraph.Ingestion.Queue;

/// <summary>An <see cref="IProgress{T}"/> that reports on the caller's thread; <see cref="Progress{T}"/> would post to the pool and reorder reports.</summary>
internal sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
