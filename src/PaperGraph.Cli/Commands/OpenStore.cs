using PaperGraph.Core.Storage;

namespace PaperGraph.Cli.Commands;

/// <summary>An initialised store owned by one command run; disposing closes it.</summary>
internal sealed class OpenStore(IGraphStore store) : IAsyncDisposable
{
    public IGraphStore Store => store;

    public ValueTask DisposeAsync() => store is IAsyncDisposable disposable ? disposable.DisposeAsync() : ValueTask.CompletedTask;
}
