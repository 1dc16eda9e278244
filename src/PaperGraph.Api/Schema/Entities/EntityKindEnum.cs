using GraphQL.Types;
using PaperGraph.Core.Graph;

namespace PaperGraph.Api.Schema.Entities;

/// <summary>What an entity is.</summary>
internal sealed class EntityKindEnum : EnumerationGraphType<EntityKind>
{
    public EntityKindEnum()
    {
        Name = "EntityKind";
        Description = "What an entity is: a method, architecture, model, dataset or task.";
    }
}
