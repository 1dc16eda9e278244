namespace PaperGraph.Core.Storage;

/// <summary>Bucket size for usage over time.</summary>
public enum PeriodGranularity
{
    Month,
    Year,
}
