using PaperGraph.Api.Loading;

namespace PaperGraph.Api.Tests.Loading;

public sealed class BatchLoaderTests
{
    private readonly List<string[]> _fetched = [];

    private BatchLoader<string, string> Loader() => new((keys, _) =>
    {
        _fetched.Add([.. keys.Order(StringComparer.Ordinal)]);
        return Task.FromResult<IReadOnlyDictionary<string, string>>(keys.ToDictionary(key => key, key => "fetched " + key));
    });

    [Fact]
    public async Task Prime_ThenLoad_ReadsOnlyKeysNotPrimed()
    {
        var loader = Loader();
        loader.Prime(new Dictionary<string, string?> { ["a"] = "primed a", ["b"] = null });

        var (a, b, c) = (loader.Load("a"), loader.Load("b"), loader.Load("c"));

        Assert.Equal("primed a", await a.GetResultAsync(TestContext.Current.CancellationToken));
        Assert.Null(await b.GetResultAsync(TestContext.Current.CancellationToken));
        Assert.Equal("fetched c", await c.GetResultAsync(TestContext.Current.CancellationToken));
        Assert.Equal([["c"]], _fetched);
    }

    [Fact]
    public async Task Prime_KeyAlreadyLoading_KeepsTheLoadedValue()
    {
        var loader = Loader();
        var loading = loader.Load("a");

        loader.Prime(new Dictionary<string, string?> { ["a"] = "primed a" });

        Assert.Equal("fetched a", await loading.GetResultAsync(TestContext.Current.CancellationToken));
        Assert.Equal("fetched a", await loader.Load("a").GetResultAsync(TestContext.Current.CancellationToken));
        Assert.Equal([["a"]], _fetched);
    }
}
