namespace PaperGraph.Core.Graph;

/// <summary>A method, architecture, model, dataset or task that papers mention.</summary>
public sealed record Entity
{
    /// <summary>Stable id, e.g. <c>pwc:flashattention</c>, <c>hf:squad</c>, <c>curated:s4</c>, <c>new:keyface</c>.</summary>
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required EntityKind Kind { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    public string? Description { get; init; }

    /// <summary>The paper the catalog credits with introducing it, when known.</summary>
    public IntroducingPaper? IntroducedBy { get; init; }

    /// <summary>Which record this came from: <c>pwc-methods</c>, <c>hf-datasets</c>, <c>pwc-tasks</c>, <c>curated</c>, <c>introduced</c>.</summary>
    public required string Source { get; init; }
}
