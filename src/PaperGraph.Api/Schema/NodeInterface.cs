using GraphQL.Types;

namespace PaperGraph.Api.Schema;

/// <summary>The Relay <c>Node</c> interface: anything fetchable by global id through <c>node(id)</c>.</summary>
internal sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a global id, fetchable with `node(id)`.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id: `Paper:<paper id>` or `Entity:<entity id>`.");
    }
}
