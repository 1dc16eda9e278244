namespace PaperGraph.Core.Writing;

/// <summary>One holder's share of the process's writer lease; disposing it gives the share back.</summary>
public sealed class WriterLeaseHold : IAsyncDisposable
{
    private readonly WriterLease _lease;
    private int _released;

    internal WriterLeaseHold(WriterLease lease, CancellationToken lost) => (_lease, Lost) = (lease, lost);

    /// <summary>Cancelled when the lease is lost: the holder must stop writing.</summary>
    public CancellationToken Lost { get; }

    public ValueTask DisposeAsync() =>
        Interlocked.Exchange(ref _released, 1) == 0 ? new ValueTask(_lease.ReleaseAsync()) : ValueTask.CompletedTask;
}
