using System.ComponentModel.DataAnnotations;

namespace PaperGraph.Ingestion.Inbox;

/// <summary>The inbox worker's settings, bound from the <c>Ingestion</c> section (<c>Ingestion:Inbox</c> is the folder).</summary>
public sealed class InboxOptions
{
    public const string SectionName = "Ingestion";

    /// <summary>The folder to watch; <c>processing/</c>, <c>done/</c> and <c>failed/</c> are created inside it.</summary>
    [Required(ErrorMessage = "Ingestion:Inbox must name the inbox folder.")]
    public string Inbox { get; set; } = string.Empty;

    /// <summary>
    /// How long a file must stay unchanged (two looks this far apart, and last written at least this long ago)
    /// before it is claimed. A writer that can pause longer writes <c>name.part</c> and renames it when done.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan StabilityInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Full rescan period, so files are found even when file-system events are dropped.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan RescanInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Files this worker holds in <c>processing/</c> at once. Ready files beyond it stay in the inbox, where
    /// another worker on the same folder can take them: a worker never hoards a backlog it cannot start.
    /// </summary>
    [Range(1, 1_000)]
    public int MaxClaimedFiles { get; set; } = 2;

    /// <summary>This worker's name in <c>processing/</c>; defaults to host, process id and a random suffix.</summary>
    public string? WorkerId { get; set; }
}
