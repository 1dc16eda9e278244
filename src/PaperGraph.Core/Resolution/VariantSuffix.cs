using System.Text.RegularExpressions;

namespace PaperGraph.Core.Resolution;

/// <summary>
/// Splits variant and size suffixes off a name, longest base first: "LLaMA-2-7B-chat" gives ("LLaMA-2-7B",
/// "chat") then ("LLaMA-2", "7B-chat"); "bert-base" gives ("bert", "base"); "ViT-B/16" gives ("ViT", "B/16"),
/// "ViT-B" ("ViT", "B");
/// "ResNet50" gives ("ResNet", "50"). A variant is the same model at another size or setting, unlike a
/// version (<see cref="VersionSuffix"/>): "-21k", "3.1", "-mini" and "4V" are never split off. The resolver
/// only lets a variant name an architecture, model or method: CIFAR-100, LAION-400M and ImageNet-21k are
/// datasets of their own.
/// </summary>
internal static partial class VariantSuffix
{
    private const int MaxSplits = 3;

    public static IEnumerable<VariantSplit> Splits(string name)
    {
        var rest = name.Trim();
        for (var i = 0; i < MaxSplits; i++)
        {
            var match = Next(rest);
            if (match is null)
            {
                yield break;
            }

            rest = match.Groups["base"].Value.TrimEnd('-', '_', ' ');
            if (!rest.Any(char.IsLetter))
            {
                yield break;
            }

            yield return new VariantSplit(rest, name.Trim()[rest.Length..].TrimStart('-', '_', ' '));
        }
    }

    private static Match? Next(string name)
    {
        foreach (var regex in (Regex[])[Size(), Word(), Patch(), Letter(), Depth()])
        {
            if (regex.Match(name) is { Success: true } match)
            {
                return match;
            }
        }

        return null;
    }

    /// <summary>A parameter count: "-7B", "70B", "-1.5B", "-350M".</summary>
    [GeneratedRegex(@"^(?<base>.+?)[-_ ]?\d+(?:\.\d+)?[BbMm]$", RegexOptions.CultureInvariant)]
    private static partial Regex Size();

    [GeneratedRegex(@"^(?<base>.+?)[-_ ](?:base|large|small|tiny|huge|medium|giant|xl|xxl|cased|uncased|chat|instruct)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    /// <summary>A vision transformer's size and patch: "-B/16", "-L/14", "-Ti/16".</summary>
    [GeneratedRegex(@"^(?<base>.+?)[-_ ](?:Ti|[SBLHG])/\d+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Patch();

    /// <summary>A size letter, upper case only: "ViT-B", "Swin-T", "ConvNeXt-L".</summary>
    [GeneratedRegex(@"^(?<base>.+?)[-_ ](?:Ti|[TSBLHG])$", RegexOptions.CultureInvariant)]
    private static partial Regex Letter();

    /// <summary>A depth: "ResNet50", "DenseNet-121"; two or three digits right after a letter.</summary>
    [GeneratedRegex(@"^(?<base>.*[A-Za-z])[-_ ]?\d{2,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex Depth();
}
