using PaperGraph.Core.Exploration;

namespace PaperGraph.Api.Schema.Exploration;

/// <summary>A node as a graph view draws it.</summary>
internal sealed record GraphNodeView(NodeRef Node, string Label, string? Date, int Degree);
