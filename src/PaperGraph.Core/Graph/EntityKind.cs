namespace PaperGraph.Core.Graph;

/// <summary>What an entity is. Stored as its lower-case name.</summary>
public enum EntityKind
{
    Method,
    Architecture,
    Model,
    Dataset,
    Task,
}
