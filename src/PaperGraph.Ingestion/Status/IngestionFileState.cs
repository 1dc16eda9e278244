namespace PaperGraph.Ingestion.Status;

/// <summary>How a finished job ended.</summary>
public enum IngestionFileState
{
    Done,
    Failed,
}
