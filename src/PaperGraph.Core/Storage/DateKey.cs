using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Storage;

/// <summary>
/// A listing date as one sortable integer, <c>yyyymmdd</c>, with year 0 when the listing shows none (as
/// <see cref="ListingDate.CompareTo"/> orders them) and -1 for no date at all, so "no date" sorts first
/// ascending and last descending, as a NULL does in SQL. Both stores keep it next to the date and sort by it.
/// </summary>
public static class DateKey
{
    public const long None = -1;

    public static long Of(ListingDate? date) => date is { } d ? Of(d) : None;

    public static long Of(ListingDate date) => ((date.Year ?? 0) * 10_000L) + (date.Month * 100L) + date.Day;
}
