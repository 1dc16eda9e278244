using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.RegularExpressions;
using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Ingestion;

/// <summary>
/// One JSON Lines paper: <c>title</c>, <c>abstract</c>, and optionally <c>arxivId</c>/<c>arxiv_id</c>,
/// <c>date</c>/<c>listing_date</c>/<c>published</c>, <c>authors</c> (strings), <c>categories</c> (strings) with
/// <c>primary_category</c>, <c>url</c>/<c>abs_url</c> (an arXiv URL gives the id when none is set). Unknown fields are ignored.
/// </summary>
internal static partial class JsonListingObject
{
    public static bool TryParse(byte[] line, [NotNullWhen(true)] out ListingFields? fields, out string code, out string reason)
    {
        fields = null;
        (code, reason) = (string.Empty, string.Empty);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException error)
        {
            // The parser ran out of input before the value closed: the line was cut off.
            var truncated = error.BytePositionInLine >= line.AsSpan().TrimEnd(" \t"u8).Length;
            (code, reason) = truncated
                ? (QuarantineReasons.TruncatedJson, "the JSON object ends before it is closed.")
                : (QuarantineReasons.MalformedJson, $"not valid JSON ({error.Message})");
            return false;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                (code, reason) = (QuarantineReasons.NotAnObject, $"expected a JSON object, found {root.ValueKind.ToString().ToLowerInvariant()}.");
                return false;
            }

            try
            {
                return TryReadFields(root, out fields, out code, out reason);
            }
            catch (InvalidOperationException)
            {
                // GetString cannot give a .NET string for an escaped lone surrogate ("\ud800"): one bad record, never a bad file.
                (code, reason) = (QuarantineReasons.InvalidUnicode, "a string holds an escaped lone surrogate, which is not Unicode text.");
                return false;
            }
        }
    }

    private static bool TryReadFields(JsonElement root, [NotNullWhen(true)] out ListingFields? fields, out string code, out string reason)
    {
        fields = null;
        code = QuarantineReasons.WrongFieldType;
        reason = string.Empty;
        if (!TryString(root, out var title, ref reason, "title")
            || !TryString(root, out var summary, ref reason, "abstract", "summary")
            || !TryString(root, out var arxivId, ref reason, "arxivId", "arxiv_id")
            || !TryString(root, out var dateText, ref reason, "date", "listing_date", "published")
            || !TryString(root, out var url, ref reason, "url", "abs_url")
            || !TryStrings(root, "authors", out var authors, ref reason)
            || !TryStrings(root, "categories", out var categories, ref reason)
            || !TryString(root, out var primaryCategory, ref reason, "primary_category"))
        {
            return false;
        }

        arxivId ??= url is not null && ArxivUrl().Match(url) is { Success: true } match ? match.Groups["id"].Value : null;
        if (arxivId is not null && !ArxivId().IsMatch(PaperIds.NormalizeArxivId(arxivId)))
        {
            (code, reason) = (QuarantineReasons.InvalidArxivId, $"'{arxivId}' is not an arXiv id.");
            return false;
        }

        ListingDate? date = null;
        if (dateText is not null)
        {
            if (!ListingDate.TryParse(dateText, out var parsed))
            {
                (code, reason) = (QuarantineReasons.InvalidDate, $"'{dateText}' is not a date.");
                return false;
            }

            date = parsed;
        }

        // arXiv lists the primary category among the others; it goes first, so a reader sees the paper's main field.
        if (primaryCategory is not null)
        {
            categories = [primaryCategory, .. (categories ?? []).Where(c => c != primaryCategory)];
        }

        fields = new ListingFields(title, summary, arxivId, authors, date, categories);
        return true;
    }

    /// <summary>Reads the first present name; absent or null is fine (null), anything but a string is not.</summary>
    private static bool TryString(JsonElement root, out string? value, ref string reason, params string[] names)
    {
        value = null;
        foreach (var name in names)
        {
            if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            if (element.ValueKind != JsonValueKind.String)
            {
                reason = $"field '{name}' must be a string, not {element.ValueKind.ToString().ToLowerInvariant()}.";
                return false;
            }

            value = element.GetString();
            return true;
        }

        return true;
    }

    /// <summary>A list of strings (<c>authors</c>, <c>categories</c>): an array, or one string of comma-separated items; absent or null is none.</summary>
    private static bool TryStrings(JsonElement root, string name, out IReadOnlyList<string>? values, ref string reason)
    {
        values = null;
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (element.ValueKind == JsonValueKind.String)
        {
            values = element.GetString()!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            return true;
        }

        if (element.ValueKind != JsonValueKind.Array || element.EnumerateArray().Any(a => a.ValueKind != JsonValueKind.String))
        {
            reason = $"field '{name}' must be an array of strings.";
            return false;
        }

        values = element.EnumerateArray().Select(a => a.GetString()!).ToArray();
        return true;
    }

    [GeneratedRegex(@"arxiv\.org/(abs|pdf)/(?<id>[^\s?#]+?)(\.pdf)?/?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ArxivUrl();

    [GeneratedRegex(@"^(\d{4}\.\d{4,5}|[a-z\-]+(\.[a-z]{2})?/\d{7})$", RegexOptions.CultureInvariant)]
    private static partial Regex ArxivId();
}
