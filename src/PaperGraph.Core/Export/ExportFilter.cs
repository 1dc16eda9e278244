using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Export;

/// <summary>
/// Which papers an export holds; every set field must hold. <see cref="Around"/> takes the papers within
/// <see cref="Hops"/> of a paper or entity (the neighbourhood a graph view draws, at most
/// <see cref="Exploration.Neighbourhood.MaxNodesLimit"/> nodes). With no field set the export is the whole graph,
/// every entity included; otherwise the entities the chosen papers mention or introduce.
/// </summary>
public sealed record ExportFilter
{
    /// <summary>Only papers that mention this entity.</summary>
    public string? EntityId { get; init; }

    public ListingDate? DateFrom { get; init; }

    public ListingDate? DateTo { get; init; }

    /// <summary>A paper or entity id: only papers within <see cref="Hops"/> of it.</summary>
    public string? Around { get; init; }

    public int Hops { get; init; } = 1;

    public bool IsEverything => EntityId is null && DateFrom is null && DateTo is null && Around is null;

    public static ExportFilter None { get; } = new();
}
