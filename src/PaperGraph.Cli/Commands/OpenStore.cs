using PaperGraph.Core.Storage;

namespace PaperGraph.Cli.Commands;

/// <summary>An initialised store owned by one command run; disposing closes it (and the services that built it).</summary>
internal sealed class OpenStore(IGraphStore store, IAsyncDisposable? owner = null) : IAsyncDisposable
{
    public IGraphStore Store => store;

    public async ValueTask DisposeAsync()
    {
        if (owner is not null)
        {
            await owner.DisposeAsync(); // disposes the store it created
        }
        else if (store is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }
}
