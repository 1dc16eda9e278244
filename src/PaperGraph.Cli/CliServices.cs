using Microsoft.Extensions.Logging;
using PaperGraph.Cli.Commands;
using PaperGraph.Core.Linking;
using PaperGraph.Core.Storage;

namespace PaperGraph.Cli;

/// <summary>What the commands need from the process, passed in so tests can run the CLI in-process.</summary>
/// <param name="IsInteractive">Standard output is a terminal: show a progress bar instead of log lines.</param>
/// <param name="Catalog">The catalog's dictionary, built on first use (it takes a moment) and shared by every command of the process.</param>
internal sealed record CliServices(ILoggerFactory Loggers, TimeProvider Time, StoreFactory Stores, Func<Stream> OpenStdin, bool IsInteractive, Lazy<LinkerDictionary> Catalog)
{
    /// <summary>A linker over one opened store; its dictionary mirrors that store.</summary>
    public GraphLinker CreateLinker(IGraphStore store) =>
        new(store, new LinkerDictionaryCache(Catalog.Value), new PaperLinker(), new GraphLinkerOptions(), Loggers.CreateLogger<GraphLinker>());
}
