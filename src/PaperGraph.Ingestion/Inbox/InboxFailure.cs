using PaperGraph.Ingestion.Queue;

namespace PaperGraph.Ingestion.Inbox;

/// <summary>What <c>failed/&lt;name&gt;.error.json</c> says about a file that could not be ingested.</summary>
/// <param name="Receipt">What was read before it failed, when anything was.</param>
internal sealed record InboxFailure(string File, string Reason, DateTimeOffset FailedAt, IngestionReceipt? Receipt);
