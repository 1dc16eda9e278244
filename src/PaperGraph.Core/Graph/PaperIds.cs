using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace PaperGraph.Core.Graph;

/// <summary>
/// Stable paper ids. The arXiv id wins when a source gives one; otherwise the id is a hash of the
/// normalised title, so case, whitespace, punctuation and Unicode-normalisation variants of one title
/// are one paper.
/// </summary>
public static partial class PaperIds
{
    public static string FromArxivId(string arxivId) => "arxiv:" + NormalizeArxivId(arxivId);

    public static string FromTitle(string title)
    {
        var key = NormalizeTitle(title);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return "title:" + Convert.ToHexStringLower(hash.AsSpan(0, 10));
    }

    public static string For(string title, string? arxivId) =>
        string.IsNullOrWhiteSpace(arxivId) ? FromTitle(title) : FromArxivId(arxivId);

    /// <summary>NFKC, case-folded, letters and digits only, single spaces.</summary>
    public static string NormalizeTitle(string title)
    {
        var folded = title.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var builder = new StringBuilder(folded.Length);
        var pendingSpace = false;
        foreach (var ch in folded.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue; // accents: "Schrödinger" and "Schrodinger" are one title
            }

            if (char.IsLetterOrDigit(ch))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(ch);
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// <c>2312.00752v2</c>, <c>arXiv:2312.00752</c> and <c>http://arxiv.org/abs/2312.00752v1</c> all give
    /// <c>2312.00752</c>; old-style ids keep their archive (<c>cs/0112017</c>).
    /// </summary>
    public static string NormalizeArxivId(string arxivId)
    {
        var text = arxivId.Trim();
        var match = ArxivIdPattern().Match(text);
        return match.Success ? match.Groups["id"].Value.ToLowerInvariant() : text.ToLowerInvariant();
    }

    [GeneratedRegex(@"(?<id>\d{4}\.\d{4,5}|[a-z\-]+(\.[A-Z]{2})?/\d{7})(v\d+)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ArxivIdPattern();
}
