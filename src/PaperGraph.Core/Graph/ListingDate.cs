using System.Globalization;

namespace PaperGraph.Core.Graph;

/// <summary>
/// The date a listing shows. Hugging Face pages show "Mar 12" with no year, so the year is optional;
/// printed as ISO 8601 (<c>2025-03-12</c>) or, without a year, as ISO's reduced form <c>--03-12</c>.
/// </summary>
public readonly record struct ListingDate(int? Year, int Month, int Day) : IComparable<ListingDate>
{
    public override string ToString() => Year is { } year
        ? string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{Month:D2}-{Day:D2}")
        : string.Create(CultureInfo.InvariantCulture, $"--{Month:D2}-{Day:D2}");

    public int CompareTo(ListingDate other) =>
        (Year ?? 0, Month, Day).CompareTo((other.Year ?? 0, other.Month, other.Day));

    /// <summary>
    /// The date a paper keeps when sources disagree: the earliest listing, preferring a date with a year.
    /// Pages list the same paper on several days, so "last one read wins" would make the stored date
    /// depend on ingestion order; the earliest is order-independent and is what "listed on" means.
    /// </summary>
    public static ListingDate? FirstListed(ListingDate? stored, ListingDate? incoming) => (stored, incoming) switch
    {
        (null, _) => incoming,
        (_, null) => stored,
        ({ } a, { } b) when a.Year.HasValue != b.Year.HasValue => a.Year.HasValue ? a : b,
        ({ } a, { } b) => b.CompareTo(a) < 0 ? b : a,
    };

    /// <summary>Parses <c>2025-03-12</c>, <c>--03-12</c>, an ISO timestamp, or a listing's <c>Mar 12</c>.</summary>
    public static bool TryParse(string? text, out ListingDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim();
        if (text.StartsWith("--", StringComparison.Ordinal)
            && DateTime.TryParseExact("2000" + text[1..], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var partial))
        {
            date = new ListingDate(null, partial.Month, partial.Day);
            return true;
        }

        string[] monthDay = ["MMM d", "MMM dd", "MMMM d", "MMMM dd"];
        if (DateTime.TryParseExact("2000 " + text, monthDay.Select(f => "yyyy " + f).ToArray(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var listed))
        {
            date = new ListingDate(null, listed.Month, listed.Day);
            return true;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var full))
        {
            var utc = full.UtcDateTime;
            date = new ListingDate(utc.Year, utc.Month, utc.Day);
            return true;
        }

        return false;
    }
}
