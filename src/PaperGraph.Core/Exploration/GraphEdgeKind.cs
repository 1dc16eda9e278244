namespace PaperGraph.Core.Exploration;

/// <summary>Edges of the exploration graph, as flags so a caller can ask for several.</summary>
[Flags]
public enum GraphEdgeKind
{
    None = 0,

    /// <summary>Paper → entity: the paper's title or abstract mentions the entity.</summary>
    Mentions = 1,

    /// <summary>Paper → paper: the citing paper builds on the cited one (a stored <c>PaperLink</c>).</summary>
    BuildsOn = 2,

    /// <summary>Paper → entity: the paper introduces the entity.</summary>
    Introduces = 4,

    All = Mentions | BuildsOn | Introduces,
}
