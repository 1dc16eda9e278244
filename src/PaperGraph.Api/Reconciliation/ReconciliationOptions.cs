using System.ComponentModel.DataAnnotations;

namespace PaperGraph.Api.Reconciliation;

/// <summary>Limits of the reconciliation service (<c>Reconciliation</c> section), validated at start-up.</summary>
internal sealed class ReconciliationOptions
{
    public const string SectionName = "Reconciliation";

    /// <summary>Queries in one batch, and ids in one data-extension request.</summary>
    [Range(1, 10_000)]
    public int MaxBatch { get; set; } = 1_000;

    /// <summary>Largest request body read (a form or JSON batch).</summary>
    [Range(1_024, 64 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Candidates per query when the query gives no <c>limit</c>.</summary>
    [Range(1, 20)]
    public int DefaultLimit { get; set; } = 5;
}
