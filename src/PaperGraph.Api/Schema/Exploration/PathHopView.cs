using PaperGraph.Core.Exploration;

namespace PaperGraph.Api.Schema.Exploration;

/// <summary>One hop of a path, in walking order.</summary>
internal sealed record PathHopView(GraphNodeView From, GraphNodeView To, GraphEdge Edge);
