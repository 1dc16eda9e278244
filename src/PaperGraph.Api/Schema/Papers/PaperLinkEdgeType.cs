using PaperGraph.Api.Schema.Paging;
using PaperGraph.Core.Graph;

namespace PaperGraph.Api.Schema.Papers;

/// <summary>An edge of a <see cref="PaperLinkConnectionType"/>.</summary>
internal sealed class PaperLinkEdgeType() : EdgeType<PaperLinkType, PaperLink>("PaperLinkEdge", "builds-on links");
