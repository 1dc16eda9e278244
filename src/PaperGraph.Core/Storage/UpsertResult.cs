namespace PaperGraph.Core.Storage;

/// <summary>What an upsert did to one paper.</summary>
public enum UpsertResult
{
    Created,
    Updated,
    Unchanged,
}
