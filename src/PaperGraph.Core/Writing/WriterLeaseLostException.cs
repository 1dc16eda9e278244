namespace PaperGraph.Core.Writing;

/// <summary>This writer's lease ended while it was writing (it could not renew it in time and another writer took it).</summary>
public sealed class WriterLeaseLostException : Exception
{
    public WriterLeaseLostException()
        : base("Lost the writer lease to another writer while writing; nothing more was written. Run again: the next run completes what this one stored.")
    {
    }

    public WriterLeaseLostException(string message)
        : base(message)
    {
    }

    public WriterLeaseLostException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
