namespace PaperGraph.Core.Linking;

public sealed partial class GraphLinker
{
    /// <summary>
    /// Completes what an interrupted run left: when the store lists papers as stored but not linked (a run killed,
    /// stopped or failed between a batch's commit and the end of its linking, or <c>ingest --no-link</c>), relinks
    /// the whole store, which clears the list. Linking one batch also repairs other papers from what the store held
    /// before it; a killed run may have written part of that, so only a whole relink is sure to end with the graph
    /// of a clean run. Call it holding the writer lease, before writing anything else.
    /// </summary>
    /// <returns>The relink's summary, or null when nothing was pending.</returns>
    public async Task<RelinkSummary?> LinkPendingAsync(CancellationToken cancellationToken)
    {
        var pending = await store.GetLinkPendingPaperIdsAsync(1, cancellationToken);
        if (pending.Count == 0)
        {
            return null;
        }

        Log.LinkingPending(logger, pending[0]);
        return await RelinkAllAsync(progress: null, cancellationToken);
    }

    /// <summary>Drops the introduced entities kept in memory; the next batch reloads them from the store (another process wrote).</summary>
    public void ForgetDictionary() => dictionary.Unload();
}
