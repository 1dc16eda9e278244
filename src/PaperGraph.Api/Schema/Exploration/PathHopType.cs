using GraphQL.Types;
using PaperGraph.Core.Exploration;

namespace PaperGraph.Api.Schema.Exploration;

/// <summary>One hop of a path.</summary>
internal sealed class PathHopType : ObjectGraphType<PathHopView>
{
    public PathHopType()
    {
        Name = "PathHop";
        Description = "One hop of a path, from the previous node to the next, with the edge walked.";
        Field<NonNullGraphType<GraphNodeType>, GraphNodeView>("from").Description("Where the hop starts.").Resolve(ctx => ctx.Source.From);
        Field<NonNullGraphType<GraphNodeType>, GraphNodeView>("to").Description("Where the hop ends.").Resolve(ctx => ctx.Source.To);
        Field<NonNullGraphType<GraphEdgeKindEnum>, GraphEdgeKind>("kind").Description("The kind of edge walked.").Resolve(ctx => ctx.Source.Edge.Kind);
        Field<NonNullGraphType<FloatGraphType>, double>("weight").Description("The edge's weight.").Resolve(ctx => ctx.Source.Edge.Weight);
        Field<NonNullGraphType<StringGraphType>, string>("evidence").Description("The edge as a sentence, read from its source (the paper).").Resolve(ctx => ctx.Source.Edge.Evidence);
    }
}
