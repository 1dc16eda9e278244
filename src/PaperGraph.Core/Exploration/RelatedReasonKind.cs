namespace PaperGraph.Core.Exploration;

/// <summary>Why one paper is related to another.</summary>
public enum RelatedReasonKind
{
    /// <summary>The paper builds on the related one.</summary>
    BuildsOn,

    /// <summary>The related paper builds on this one.</summary>
    BuiltOnBy,

    /// <summary>Both mention an entity; weighted by how rare the entity is.</summary>
    SharedEntity,

    /// <summary>Their titles and abstracts share many content words.</summary>
    TextSimilar,
}
