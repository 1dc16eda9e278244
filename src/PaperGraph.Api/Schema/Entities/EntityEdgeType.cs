using PaperGraph.Api.Schema.Paging;
using PaperGraph.Core.Graph;

namespace PaperGraph.Api.Schema.Entities;

/// <summary>An edge of an <see cref="EntityConnectionType"/>.</summary>
internal sealed class EntityEdgeType() : EdgeType<EntityType, Entity>("EntityEdge", "entities");
