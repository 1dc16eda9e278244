using System.Threading.Channels;
using PaperGraph.Core.Ingestion;
using PaperGraph.Ingestion.Status;

namespace PaperGraph.Ingestion.Queue;

/// <summary>
/// The one ingestion queue that inbox files and GraphQL <c>ingest</c> mutations share: a bounded channel,
/// drained by <see cref="IngestionQueueProcessor"/> with bounded concurrency. Callers who can wait (the inbox)
/// wait for room; callers who cannot (an HTTP request) are refused at once with
/// <see cref="IngestionQueueFullException"/>. Nothing is ever buffered beyond the capacity.
/// </summary>
public sealed class IngestionQueue
{
    public const string InboxOrigin = "inbox";
    public const string GraphQLOrigin = "graphql";

    private readonly Channel<IngestionJob> _channel;
    private readonly IngestionQueueOptions _options;
    private readonly IngestionStatus _status;
    private long _nextId;

    public IngestionQueue(IngestionQueueOptions options, IngestionStatus status)
    {
        ArgumentNullException.ThrowIfNull(options);
        (_options, _status) = (options, status);
        _channel = Channel.CreateBounded<IngestionJob>(new BoundedChannelOptions(options.QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleWriter = false,
            SingleReader = options.MaxConcurrency == 1,
        });
    }

    internal ChannelReader<IngestionJob> Reader => _channel.Reader;

    /// <summary>Queues <paramref name="source"/> or throws <see cref="IngestionQueueFullException"/> when the queue is full.</summary>
    /// <param name="batchWritten">Sees each stored batch (outcomes and their positions in the source) before it is linked.</param>
    public IngestionTicket Enqueue(IngestionSource source, string origin, Action<IngestionBatch>? batchWritten = null)
    {
        var job = NewJob(source, origin, linkEveryPaper: false, batchWritten);
        _status.Queued(); // before the write, so a fast consumer never counts below zero
        if (!_channel.Writer.TryWrite(job))
        {
            _status.Rejected();
            throw new IngestionQueueFullException(_options.QueueCapacity, _options.RetryAfter);
        }

        return Ticket(job);
    }

    /// <summary>Queues <paramref name="source"/>, waiting for room; for producers that can hold back (the inbox).</summary>
    /// <param name="linkEveryPaper">Link unchanged papers too (a resumed file may have been stored but not linked).</param>
    public async Task<IngestionTicket> EnqueueAsync(IngestionSource source, string origin, bool linkEveryPaper, CancellationToken cancellationToken)
    {
        var job = NewJob(source, origin, linkEveryPaper);
        _status.Queued();
        try
        {
            await _channel.Writer.WriteAsync(job, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            _status.Withdrawn();
            throw;
        }

        return Ticket(job);
    }

    private IngestionJob NewJob(IngestionSource source, string origin, bool linkEveryPaper, Action<IngestionBatch>? batchWritten = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(origin);
        return new IngestionJob(Interlocked.Increment(ref _nextId), source, origin, linkEveryPaper, batchWritten);
    }

    private static IngestionTicket Ticket(IngestionJob job) => new(job.Id, job.Source.Name, job.Completion.Task);
}
