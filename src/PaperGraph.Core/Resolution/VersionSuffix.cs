namespace PaperGraph.Core.Resolution;

/// <summary>
/// Whether one normalised key (<see cref="AliasKey"/>) is another plus a version: "gpt4" + "v", "llama3" + "1"
/// (Llama 3.1), "gpt4o" + "mini", "imagenet" + "21k". Such a name denotes a different artefact, so resolution
/// never folds it into its base or the base into it. The first version ("1", "v1", "1k" after a letter) names
/// the base itself (ImageNet-1K is ImageNet), and a plural "s" is no version.
/// </summary>
internal static class VersionSuffix
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal) { "v", "o", "mini", "turbo", "pro", "plus", "max", "lite", "nano", "ultra", "omni" };

    private static readonly HashSet<string> FirstVersion = new(StringComparer.Ordinal) { "1", "v1", "1k" };

    public static bool IsVersionOf(string longer, string shorter)
    {
        if (shorter.Length == 0 || longer.Length <= shorter.Length || !longer.StartsWith(shorter, StringComparison.Ordinal))
        {
            return false;
        }

        var remainder = longer[shorter.Length..];
        // "1" after a letter starts a number (ImageNet-1K); after a digit it continues one (Llama 3.1).
        var firstVersion = char.IsLetter(shorter[^1]) && FirstVersion.Contains(remainder);
        return !firstVersion && (remainder.Any(char.IsDigit) || Words.Contains(remainder));
    }

    /// <summary>Either key is the other plus a version.</summary>
    public static bool AreVersions(string left, string right) => IsVersionOf(left, right) || IsVersionOf(right, left);
}
