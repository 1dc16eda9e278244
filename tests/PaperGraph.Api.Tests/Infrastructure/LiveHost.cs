using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using PaperGraph.Api.Hosting;
using PaperGraph.Testing;

namespace PaperGraph.Api.Tests.Infrastructure;

/// <summary>The real API on a real Kestrel port over its own SQLite file, for clients that are not .NET (node, Chromium).</summary>
internal sealed class LiveHost : IAsyncDisposable
{
    private readonly TempDirectory _temp;
    private readonly WebApplication _app;

    private LiveHost(TempDirectory temp, WebApplication app) => (_temp, _app) = (temp, app);

    /// <summary>The <c>/graphql</c> endpoint's absolute URL.</summary>
    public string GraphQLUrl => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/graphql";

    public IServiceProvider Services => _app.Services;

    public static Task<LiveHost> StartAsync(params string[] settings) => StartAsync(configure: null, settings);

    /// <summary>The same, with the test's own services added to the builder (a log sink, say).</summary>
    public static async Task<LiveHost> StartAsync(Action<WebApplicationBuilder>? configure, params string[] settings)
    {
        var temp = new TempDirectory();
        var app = PaperGraphApi.BuildApp(["--urls", "http://127.0.0.1:0", "--Sqlite:DatabasePath", temp.File("live.db"),
            "--environment", "Testing", "--contentRoot", Path.Combine(RepoRoot.Path, "src", "PaperGraph.Api"), .. settings], configure);
        await app.StartAsync(TestContext.Current.CancellationToken);
        return new LiveHost(temp, app);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
        _temp.Dispose();
    }
}
