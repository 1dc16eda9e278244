using System.CommandLine;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph quarantine list|retry</c>: the records ingestion kept aside.</summary>
internal sealed class QuarantineCommand : Command
{
    public QuarantineCommand(CliServices services, StoreOptions store)
        : base("quarantine", "List or retry records that could not be ingested.")
    {
        Add(new QuarantineListCommand(services, store));
        Add(new QuarantineRetryCommand(services, store));
    }
}
