using PaperGraph.Core.Text;
using PaperGraph.Ingestion.Queue;

namespace PaperGraph.Ingestion.Inbox;

internal sealed partial class InboxWatcher
{
    /// <summary>Moves a finished file on; a job cancelled by shutdown leaves its file in processing/ to be resumed.</summary>
    private async Task FinishAsync(InboxClaim claim, IngestionTicket ticket, InboxOutcomes outcomes)
    {
        try
        {
            var receipt = await ticket.Completion;
            if (receipt.SourceFailure is { } reason)
            {
                outcomes.Fail(claim, reason, receipt);
                Log.Failed(logger, PrintableText.Escape(claim.OriginalName), reason);
            }
            else
            {
                outcomes.Complete(claim, receipt);
                Log.Done(logger, PrintableText.Escape(claim.OriginalName), receipt.Papers, receipt.Quarantined, receipt.DurationMs);
            }
        }
        catch (OperationCanceledException)
        {
            // Shutdown abandoned it: it stays in processing/<workerId>/ and is adopted on the next start.
        }
#pragma warning disable CA1031 // Whatever the store threw, the file is finished as failed with that reason.
        catch (Exception error)
#pragma warning restore CA1031
        {
            outcomes.Fail(claim, error.Message, receipt: null);
            Log.Failed(logger, PrintableText.Escape(claim.OriginalName), error.Message);
        }
    }
}
