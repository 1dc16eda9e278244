using System.Text;

namespace PaperGraph.Core.Resolution;

/// <summary>
/// The normalised form names are compared in: NFKC, lower case, letters and digits only. So
/// "FlashAttention 2", "flashattention-2" and "FlashAttention2" share a key, while "FlashAttention" does not.
/// </summary>
internal static class AliasKey
{
    public static string Normalize(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var builder = new StringBuilder(folded.Length);
        foreach (var ch in folded)
        {
            if (char.IsLetterOrDigit(ch))
            {
                builder.Append(ch);
            }
        }

        return builder.ToString();
    }

    /// <summary>The digits of a key in order: a version number that a misspelling must never change.</summary>
    public static string Digits(string key) => string.Concat(key.Where(char.IsDigit));
}
