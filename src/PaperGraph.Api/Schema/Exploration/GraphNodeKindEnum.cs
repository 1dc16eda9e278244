using GraphQL.Types;
using PaperGraph.Core.Exploration;

namespace PaperGraph.Api.Schema.Exploration;

/// <summary>Paper or entity.</summary>
internal sealed class GraphNodeKindEnum : EnumerationGraphType<GraphNodeKind>
{
    public GraphNodeKindEnum()
    {
        Name = "GraphNodeKind";
        Description = "Whether a graph node is a paper or an entity.";
    }
}
