using GraphQL.Types;
using PaperGraph.Core.Exploration;

namespace PaperGraph.Api.Schema.Exploration;

/// <summary>An edge of a neighbourhood.</summary>
internal sealed class GraphEdgeType : ObjectGraphType<GraphEdge>
{
    public GraphEdgeType()
    {
        Name = "GraphEdge";
        Description = "An edge between two nodes, in its own direction (paper → entity, citing → cited).";
        Field<NonNullGraphType<IdGraphType>, string>("source").Description("Global id of the edge's source.").Resolve(ctx => GlobalId.Of(ctx.Source.Source));
        Field<NonNullGraphType<IdGraphType>, string>("target").Description("Global id of the edge's target.").Resolve(ctx => GlobalId.Of(ctx.Source.Target));
        Field<NonNullGraphType<GraphEdgeKindEnum>, GraphEdgeKind>("kind").Description("What the edge means.").Resolve(ctx => ctx.Source.Kind);
        Field(e => e.Weight).Description("Mention confidence, link score, or 1 for introductions.");
        Field(e => e.Evidence).Description("The edge as a sentence.");
    }
}
