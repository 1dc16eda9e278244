using GraphQL.Types;
using PaperGraph.Core.Exploration;

namespace PaperGraph.Api.Schema.Exploration;

/// <summary>A node of a path or neighbourhood, ready for a graph view.</summary>
internal sealed class GraphNodeType : ObjectGraphType<GraphNodeView>
{
    public GraphNodeType()
    {
        Name = "GraphNode";
        Description = "A paper or entity node, ready for a graph view.";
        Field<NonNullGraphType<IdGraphType>, string>("id").Description("This graph node's own id, `GraphNode:` then `nodeId`, so id-keyed client caches keep it apart from the Paper or Entity.")
            .Resolve(ctx => GlobalId.GraphNodePrefix + GlobalId.Of(ctx.Source.Node));
        Field<NonNullGraphType<IdGraphType>, string>("nodeId").Description("Global id of the paper or entity (for `node(id:)`); edges' `source` and `target` use it.")
            .Resolve(ctx => GlobalId.Of(ctx.Source.Node));
        Field<NonNullGraphType<GraphNodeKindEnum>, GraphNodeKind>("kind").Description("Paper or entity.").Resolve(ctx => ctx.Source.Node.Kind);
        Field(n => n.Label).Description("A paper's title or an entity's name.");
        Field(n => n.Date, nullable: true).Description("A paper's listing date (ISO 8601); null for entities.");
        Field(n => n.Degree).Description("Edges of the returned graph that touch this node.");
    }
}
