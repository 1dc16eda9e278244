using System.ComponentModel.DataAnnotations;

namespace PaperGraph.Core.Writing;

/// <summary>Settings of <see cref="WriterLease"/>, bound from the <c>WriterLease</c> section.</summary>
public sealed class WriterLeaseOptions
{
    public const string SectionName = "WriterLease";

    /// <summary>How long a lease lasts unless renewed; the holder renews it every third of this while it writes.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Duration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a writer waits for another writer's lease before it refuses (CLI: exit 1).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan WaitTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often a waiting writer asks again.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(250);
}
