using System.Globalization;
using System.Text.RegularExpressions;
using GraphQL;
using PaperGraph.Core.Graph;

namespace PaperGraph.Api.Schema;

/// <summary>
/// Date arguments: ISO 8601 calendar dates, <c>2025-03-12</c>, or a reduced precision <c>2025-03</c> or
/// <c>2025</c>, which a lower bound reads as the period's first day and an upper bound as its last. Anything
/// else (a listing's <c>Mar 12</c>, a year-less <c>--03-12</c>, a timestamp) is refused with the forms named.
/// </summary>
internal static partial class Dates
{
    public const string AcceptedForms = "YYYY-MM-DD, YYYY-MM or YYYY (ISO 8601), such as 2025-03-12";

    public static ListingDate? Parse(string? text, string argument, bool upperBound = false)
    {
        if (text is null)
        {
            return null;
        }

        var match = IsoDate().Match(text.Trim());
        if (match.Success)
        {
            var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
            var month = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : upperBound ? 12 : 1;
            if (month is >= 1 and <= 12 && year >= 1)
            {
                var last = DateTime.DaysInMonth(year, month);
                var day = match.Groups["d"].Success ? int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture) : upperBound ? last : 1;
                if (day >= 1 && day <= last)
                {
                    return new ListingDate(year, month, day);
                }
            }
        }

        throw new ExecutionError($"'{argument}' is '{text}', which is not a date: give {AcceptedForms}.") { Code = ArgumentCodes.InvalidDate };
    }

    [GeneratedRegex(@"^(?<y>\d{4})(-(?<m>\d{2})(-(?<d>\d{2}))?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();
}
