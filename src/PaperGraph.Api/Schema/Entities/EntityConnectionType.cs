using PaperGraph.Api.Schema.Paging;
using PaperGraph.Core.Graph;

namespace PaperGraph.Api.Schema.Entities;

/// <summary>A page of entities.</summary>
internal sealed class EntityConnectionType() : ConnectionType<EntityType, Entity, EntityEdgeType>("EntityConnection", "entities");
