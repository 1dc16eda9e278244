using System.Text.RegularExpressions;
using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Ingestion;

/// <summary>
/// The page furniture of a Hugging Face paper listing: banner lines before the first title, sometimes glued
/// to it ("SubscribeKeyFace: …"), and a "Mar 12" date line that dates the papers below it.
/// </summary>
internal static partial class ListingChrome
{
    private static readonly string[] Phrases =
    [
        "Get trending papers in your email inbox once a day!",
        "Get trending papers in your email inbox!",
        "byAK and the research community",
        "Daily Papers",
        "Subscribe",
        "new",
    ];

    public static bool IsChrome(string line) => Phrases.Any(p => string.Equals(line, p, StringComparison.OrdinalIgnoreCase));

    /// <summary>Strips banner phrases glued to the start of a title; "new" is left alone, too many titles start with it.</summary>
    public static string StripGluedPrefix(string line)
    {
        var stripped = true;
        while (stripped)
        {
            stripped = false;
            foreach (var phrase in Phrases.Where(p => p.Length > 3))
            {
                if (line.Length > phrase.Length && line.StartsWith(phrase, StringComparison.Ordinal))
                {
                    line = line[phrase.Length..].TrimStart();
                    stripped = true;
                }
            }
        }

        return line;
    }

    public static bool TryParseDate(string line, out ListingDate date)
    {
        date = default;
        return DateLine().IsMatch(line) && ListingDate.TryParse(line, out date);
    }

    [GeneratedRegex(@"^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6} \d{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex DateLine();
}
