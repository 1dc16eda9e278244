using PaperGraph.Api.Schema.Paging;
using PaperGraph.Core.Graph;

namespace PaperGraph.Api.Schema.Papers;

/// <summary>A page of papers.</summary>
internal sealed class PaperConnectionType() : ConnectionType<PaperType, Paper, PaperEdgeType>("PaperConnection", "papers");
