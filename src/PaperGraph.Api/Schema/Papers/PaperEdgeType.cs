using PaperGraph.Api.Schema.Paging;
using PaperGraph.Core.Graph;

namespace PaperGraph.Api.Schema.Papers;

/// <summary>An edge of a <see cref="PaperConnectionType"/>.</summary>
internal sealed class PaperEdgeType() : EdgeType<PaperType, Paper>("PaperEdge", "papers");
