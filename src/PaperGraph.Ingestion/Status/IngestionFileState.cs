namespace PaperGraph.Worker.Status;

/// <summary>How a finished job ended.</summary>
public enum IngestionFileState
{
    Done,
    Failed,
}
