namespace PaperGraph.Core.Exploration;

/// <summary>The two kinds of node the exploration graph has.</summary>
public enum GraphNodeKind
{
    Paper,
    Entity,
}
