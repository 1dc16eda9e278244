using PaperGraph.Api.Schema.Paging;
using PaperGraph.Core.Graph;

namespace PaperGraph.Api.Schema.Papers;

/// <summary>A page of builds-on links.</summary>
internal sealed class PaperLinkConnectionType() : ConnectionType<PaperLinkType, PaperLink, PaperLinkEdgeType>("PaperLinkConnection", "builds-on links");
