namespace PaperGraph.Core.Writing;

/// <summary>Another writer held the store's lease for longer than this one would wait.</summary>
public sealed class WriterLeaseUnavailableException : Exception
{
    public WriterLeaseUnavailableException()
    {
    }

    public WriterLeaseUnavailableException(string message)
        : base(message)
    {
    }

    public WriterLeaseUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public WriterLeaseUnavailableException(string? holder, TimeSpan waited)
        : base($"Another writer ({holder}) is writing to this store; waited {waited} (WriterLease:WaitTimeout) without getting the writer lease. Run again when it has finished.")
    {
    }
}
