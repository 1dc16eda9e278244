namespace PaperGraph.Worker.Queue;

/// <summary>
/// What the queue runs after each stored batch: links the given papers (mentions, introduced entities,
/// builds-on links). Registered by the host that has a linker; without one the queue only stores.
/// </summary>
public sealed class IngestionLinkStep(Func<IReadOnlyList<string>, CancellationToken, Task> linkAsync)
{
    public Task LinkAsync(IReadOnlyList<string> paperIds, CancellationToken cancellationToken) => linkAsync(paperIds, cancellationToken);
}
