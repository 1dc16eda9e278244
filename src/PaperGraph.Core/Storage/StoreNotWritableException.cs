namespace PaperGraph.Core.Storage;

/// <summary>The store answers reads but cannot take a write: the message says why (read-only, disk full).</summary>
public sealed class StoreNotWritableException : Exception
{
    public StoreNotWritableException()
    {
    }

    public StoreNotWritableException(string message)
        : base(message)
    {
    }

    public StoreNotWritableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
