namespace PaperGraph.Ingestion.Inbox;

/// <summary>What an inbox entry is, looked at without following a symbolic link.</summary>
internal enum InboxEntryKind
{
    Missing,
    RegularFile,
    SymbolicLink,
    Directory,

    /// <summary>A FIFO, socket or device: opening one can block forever or read without end.</summary>
    Special,
}
