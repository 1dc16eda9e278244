using GraphQL;
using PaperGraph.Core.Graph;

namespace PaperGraph.Api.Schema;

/// <summary>Date arguments: ISO 8601 strings, refused with a clear error when unreadable.</summary>
internal static class Dates
{
    public static ListingDate? Parse(string? text, string argument)
    {
        if (text is null)
        {
            return null;
        }

        return ListingDate.TryParse(text, out var date)
            ? date
            : throw new ExecutionError($"'{argument}' must be an ISO date such as 2025-03-12; got '{text}'.") { Code = "INVALID_DATE" };
    }
}
