using PaperGraph.Api.Schema.Paging;
using PaperGraph.Core.Graph;

namespace PaperGraph.Api.Schema.Quarantine;

/// <summary>An edge of a <see cref="QuarantineConnectionType"/>.</summary>
internal sealed class QuarantineEdgeType() : EdgeType<QuarantineRecordType, QuarantineRecord>("QuarantineEdge", "quarantined records");
