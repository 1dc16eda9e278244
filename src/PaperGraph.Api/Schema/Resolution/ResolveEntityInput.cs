using PaperGraph.Core.Graph;

namespace PaperGraph.Api.Schema.Resolution;

/// <summary>One <c>resolveEntities</c> input as GraphQL.NET binds it.</summary>
internal sealed class ResolveEntityInput
{
    public string Name { get; set; } = "";

    public EntityKind? KindHint { get; set; }

    public string? Context { get; set; }
}
