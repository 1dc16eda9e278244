using PaperGraph.Core.Storage;

namespace PaperGraph.Testing.Contract;

/// <summary>
/// The behaviour every <see cref="IGraphStore"/> must have, as <c>IGraphStore</c>'s comments state it.
/// A store's test class only supplies the store. Facts use the contract alone: no SQL or Cypher, no
/// cursor format, no order beyond what the contract documents.
/// </summary>
public abstract partial class GraphStoreContractTests : IAsyncLifetime
{
    private IGraphStore? _store;

    /// <summary>The fresh, empty, initialised store of the running test.</summary>
    protected IGraphStore Store => _store ?? throw new InvalidOperationException("The store is created in InitializeAsync.");

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Returns a fresh EMPTY store on which <see cref="IGraphStore.InitializeAsync"/> has run. Called once per test.</summary>
    protected abstract Task<IGraphStore> CreateStoreAsync(CancellationToken ct);

    /// <summary>Releases the test's store; the default disposes it when it is disposable.</summary>
    protected virtual async Task CleanupStoreAsync(IGraphStore store)
    {
        switch (store)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync();
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }

    public async ValueTask InitializeAsync() => _store = await CreateStoreAsync(Ct);

    public async ValueTask DisposeAsync()
    {
        if (_store is not null)
        {
            await CleanupStoreAsync(_store);
            _store = null;
        }

        GC.SuppressFinalize(this);
    }
}
