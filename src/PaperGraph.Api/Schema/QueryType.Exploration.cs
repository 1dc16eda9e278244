using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using PaperGraph.Api.Schema.Exploration;
using PaperGraph.Core.Exploration;

namespace PaperGraph.Api.Schema;

/// <summary>Paths and neighbourhoods.</summary>
internal sealed partial class QueryType
{
    private void AddExplorationFields()
    {
        Field<PathType, PathView>("path")
            .Description("A shortest path between two papers or entities over mentions, introductions and builds-on links; null when none is within maxHops. Entities with many papers are sampled (their newest 50).")
            .Argument<NonNullGraphType<IdGraphType>>("from", "Global id, or a bare paper id.")
            .Argument<NonNullGraphType<IdGraphType>>("to", "Global id, or a bare paper id.")
            .Argument<IntGraphType>("maxHops", "Longest path to look for, 0–4 (paper → entity → paper is 2); outside that range is an error.", a => a.DefaultValue = PathFinder.MaxHopsLimit)
            .Argument<ListGraphType<NonNullGraphType<GraphEdgeKindEnum>>>("edgeKinds", "Edge kinds to walk; all when absent.")
            .WithComplexityImpact(ExpensiveField.GraphSearch)
            .Resolve().WithService<GraphViews>()
            .ResolveAsync(async (ctx, views) => await views.PathAsync(
                GlobalId.Parse(ctx.GetArgument<string>("from"), GraphNodeKind.Paper),
                GlobalId.Parse(ctx.GetArgument<string>("to"), GraphNodeKind.Paper),
                ctx.InRange("maxHops", PathFinder.MaxHopsLimit, 0, PathFinder.MaxHopsLimit),
                GraphEdgeKindEnum.Combine(ctx.GetArgument<List<GraphEdgeKind>?>("edgeKinds")),
                ctx.CancellationToken));

        Field<NonNullGraphType<NeighbourhoodType>, NeighbourhoodView>("neighbourhood")
            .Description("The graph around a paper or entity, for a graph view; empty when the centre does not exist.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Global id, or a bare paper id.")
            .Argument<IntGraphType>("hops", "How far to go, 0–3; outside that range is an error.", a => a.DefaultValue = 1)
            .Argument<IntGraphType>("maxNodes", "Most nodes to return, 1–500 (outside that range is an error); `truncated` and `nodesLeftOut` say when it cut.", a => a.DefaultValue = 100)
            .Argument<ListGraphType<NonNullGraphType<GraphEdgeKindEnum>>>("edgeKinds", "Edge kinds to follow; all when absent.")
            .WithComplexityImpact(ExpensiveField.GraphSearch)
            .Resolve().WithService<GraphViews>()
            .ResolveAsync(async (ctx, views) => await views.NeighbourhoodAsync(
                GlobalId.Parse(ctx.GetArgument<string>("id"), GraphNodeKind.Paper),
                ctx.InRange("hops", 1, 0, Neighbourhood.MaxHopsLimit),
                ctx.InRange("maxNodes", 100, 1, Neighbourhood.MaxNodesLimit),
                GraphEdgeKindEnum.Combine(ctx.GetArgument<List<GraphEdgeKind>?>("edgeKinds")),
                ctx.CancellationToken));
    }
}
