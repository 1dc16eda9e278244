using System.ComponentModel.DataAnnotations;

namespace PaperGraph.Ingestion.Inbox;

/// <summary>The inbox worker's settings, bound from the <c>Ingestion</c> section (<c>Ingestion:Inbox</c> is the folder).</summary>
public sealed class InboxOptions
{
    public const string SectionName = "Ingestion";

    /// <summary>The folder to watch; <c>processing/</c>, <c>done/</c> and <c>failed/</c> are created inside it.</summary>
    [Required(ErrorMessage = "Ingestion:Inbox must name the inbox folder.")]
    public string Inbox { get; set; } = string.Empty;

    /// <summary>How long between the two looks that must see a file's size and time unchanged before it is claimed.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan StabilityInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Full rescan period, so files are found even when file-system events are dropped.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan RescanInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>This worker's name in <c>processing/</c>; defaults to host, process id and a random suffix.</summary>
    public string? WorkerId { get; set; }
}
