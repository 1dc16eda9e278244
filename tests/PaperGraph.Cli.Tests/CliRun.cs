using System.CommandLine;
using Microsoft.Extensions.Logging.Abstractions;
using PaperGraph.Cli.Commands;
using PaperGraph.Core.Linking;

namespace PaperGraph.Cli.Tests;

/// <summary>Runs the real <c>papergraph</c> command tree in-process and captures what it prints.</summary>
internal static class CliRun
{
    /// <summary>The catalog's dictionary, built once for all in-process runs as the real process builds it once per run.</summary>
    public static Lazy<LinkerDictionary> Catalog { get; } = new(() => new LinkerDictionary(EntityCatalog.LoadEmbedded()));

    /// <summary>The store factory of every in-process run, over the shared <see cref="Catalog"/>.</summary>
    public static StoreFactory Stores { get; } = new(NullLoggerFactory.Instance, TimeProvider.System, Catalog);

    public static Task<(int ExitCode, string Output, string Error)> RunAsync(string[] args, Stream? stdin = null) =>
        RunAsync(args, TestContext.Current.CancellationToken, stdin);

    /// <summary>The same, stopped by <paramref name="cancellationToken"/> (Ctrl+C for a command that runs until then, such as serve).</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string[] args, CancellationToken cancellationToken, Stream? stdin = null)
    {
        var services = new CliServices(NullLoggerFactory.Instance, TimeProvider.System, Stores, () => stdin ?? Stream.Null, IsInteractive: false);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        var exitCode = await PaperGraphCommand.RunAsync(services, args, configuration, cancellationToken);
        return (exitCode, output.ToString(), error.ToString());
    }
}
