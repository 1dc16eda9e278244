using PaperGraph.Core.Graph;

namespace PaperGraph.Store.Sqlite.Papers;

/// <summary>
/// A listing date as one sortable integer, <c>yyyymmdd</c>, with year 0 when the listing shows none (as
/// <see cref="ListingDate.CompareTo"/> orders them) and -1 for no date at all.
/// </summary>
internal static class DateKey
{
    public const long None = -1;

    public static long Of(ListingDate? date) => date is { } d ? Of(d) : None;

    public static long Of(ListingDate date) => ((date.Year ?? 0) * 10_000L) + (date.Month * 100L) + date.Day;
}
