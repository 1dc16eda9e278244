namespace PaperGraph.Core.Graph;

/// <summary>Kinds of paper-to-paper link.</summary>
public enum PaperLinkKind
{
    /// <summary>The citing paper mentions an entity that the cited paper introduced.</summary>
    BuildsOn,
}
