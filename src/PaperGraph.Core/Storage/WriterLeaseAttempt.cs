namespace PaperGraph.Core.Storage;

/// <summary>What <see cref="IGraphStore.TryAcquireWriterLeaseAsync"/> found and did.</summary>
/// <param name="Acquired">Whether the caller holds the lease now.</param>
/// <param name="Holder">Who holds the lease after the attempt (the caller when granted); null when nobody.</param>
/// <param name="PreviousOwner">
/// Who held or last released the lease before the attempt; null for a store never written under a lease. When
/// granted to a caller that is not this, someone else may have written since the caller last did.
/// </param>
public sealed record WriterLeaseAttempt(bool Acquired, string? Holder, string? PreviousOwner);
