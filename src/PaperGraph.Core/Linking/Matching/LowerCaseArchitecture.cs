using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Linking.Matching;

/// <summary>
/// When an architecture whose catalog name is a capitalised word matched only in its case ("Transformer") is written
/// in lower case and still means the architecture (HeldOut/GUIDELINES.md section 3): "transformer-based",
/// "transformer layers", "vanilla transformers". Elsewhere the lower-case word may mean something else (an electrical
/// transformer), so it needs one of these neighbours.
/// </summary>
internal static class LowerCaseArchitecture
{
    private static readonly string[] Suffixes = ["-based", "-style"]; // not "-like": "a transformer-like model" is only likened to it

    private static readonly string[] HeadNouns =
    [
        "model", "models", "layer", "layers", "network", "networks", "neural", "architecture", "architectures", "encoder",
        "encoders", "decoder", "decoders", "block", "blocks", "backbone", "backbones", "variant", "variants",
    ];

    private static readonly string[] Qualifiers = ["vanilla", "standard"];

    /// <summary>Whether the span [<paramref name="start"/>, <paramref name="end"/>) is the lower-case form of the pattern's exact form in architecture context.</summary>
    public static bool Accepts(string field, int start, int end, AliasPattern pattern)
    {
        if (pattern.Entry.Entity.Kind != EntityKind.Architecture || pattern.ExactForm is not { Length: >= 5 } exact
            || !char.IsUpper(exact[0]) || exact.AsSpan(1).ContainsAnyExceptInRange('a', 'z')
            || end - start != exact.Length || !field.AsSpan(start, end - start).Equals(exact.ToLowerInvariant(), StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var suffix in Suffixes)
        {
            if (string.CompareOrdinal(field, end, suffix, 0, suffix.Length) == 0)
            {
                return true;
            }
        }

        return IsOneOf(field, end + 1, end < field.Length && field[end] == ' ', HeadNouns) || IsWordBefore(field, start, Qualifiers);
    }

    private static bool IsOneOf(string field, int at, bool spaced, string[] words)
    {
        if (!spaced)
        {
            return false;
        }

        foreach (var word in words)
        {
            var end = at + word.Length;
            if (string.CompareOrdinal(field, at, word, 0, word.Length) == 0 && (end >= field.Length || !char.IsLetterOrDigit(field[end])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWordBefore(string field, int start, string[] words)
    {
        if (start < 2 || field[start - 1] != ' ')
        {
            return false;
        }

        foreach (var word in words)
        {
            var from = start - 1 - word.Length;
            if (from >= 0 && string.Compare(field, from, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (from == 0 || !char.IsLetterOrDigit(field[from - 1])))
            {
                return true;
            }
        }

        return false;
    }
}
