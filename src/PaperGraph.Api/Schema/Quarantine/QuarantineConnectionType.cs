using PaperGraph.Api.Schema.Paging;
using PaperGraph.Core.Graph;

namespace PaperGraph.Api.Schema.Quarantine;

/// <summary>A page of quarantined records.</summary>
internal sealed class QuarantineConnectionType() : ConnectionType<QuarantineRecordType, QuarantineRecord, QuarantineEdgeType>("QuarantineConnection", "quarantined records");
