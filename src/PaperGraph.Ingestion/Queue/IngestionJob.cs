using PaperGraph.Core.Ingestion;

namespace PaperGraph.Ingestion.Queue;

/// <summary>One queued source and the promise its submitter waits on.</summary>
/// <param name="Origin">Who asked: <c>inbox</c> or <c>graphql</c>.</param>
/// <param name="LinkEveryPaper">Link unchanged papers too: a resumed file may have been stored but not linked before a crash.</param>
/// <param name="BatchWritten">Sees each stored batch, on the queue's thread, before it is linked; for a submitter that answers per record.</param>
internal sealed record IngestionJob(long Id, IngestionSource Source, string Origin, bool LinkEveryPaper, Action<IngestionBatch>? BatchWritten = null)
{
    public TaskCompletionSource<IngestionReceipt> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
