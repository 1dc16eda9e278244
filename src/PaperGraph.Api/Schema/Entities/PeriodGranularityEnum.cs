using GraphQL.Types;
using PaperGraph.Core.Storage;

namespace PaperGraph.Api.Schema.Entities;

/// <summary>Bucket size for usage over time.</summary>
internal sealed class PeriodGranularityEnum : EnumerationGraphType<PeriodGranularity>
{
    public PeriodGranularityEnum()
    {
        Name = "PeriodGranularity";
        Description = "Bucket size for usage over time.";
    }
}
