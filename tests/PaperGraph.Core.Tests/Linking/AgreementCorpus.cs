using System.Text;
using System.Text.Json;
using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Tests.Linking;

/// <summary>
/// The texts every fast path is compared with its plain path over: the bundled samples, the dev set, and an
/// accented copy of both. The dev set is ASCII, so the copy injects, at fixed word positions, what real listings
/// hold and the ASCII fast paths skip: diacritics (precomposed and combining), non-breaking spaces, Greek letters
/// and CJK, inside words and as words of their own.
/// </summary>
internal static class AgreementCorpus
{
    public const string Samples = "samples";
    public const string DevSet = "devset";
    public const string Accented = "accented";
    public const string Variants = "variants";

    public static IReadOnlyList<string> Names { get; } = [Samples, DevSet, Accented, Variants];

    public static TheoryData<string> Sets => [.. Names];

    public static async Task<IReadOnlyList<Paper>> PapersAsync(string set, CancellationToken cancellationToken) => set switch
    {
        Samples => await SamplePapers.ReadAsync(cancellationToken),
        DevSet => DevSetPapers(),
        Accented => [.. (await SamplePapers.ReadAsync(cancellationToken)).Concat(DevSetPapers()).Concat(VariantPapers()).Select(p => p with { Title = Accent(p.Title), Abstract = Accent(p.Abstract) })],
        Variants => VariantPapers(),
        _ => throw new ArgumentOutOfRangeException(nameof(set), set, "Unknown text set."),
    };

    /// <summary>Every title and abstract of the set.</summary>
    public static async Task<IReadOnlyList<string>> TextsAsync(string set, CancellationToken cancellationToken) =>
        [.. (await PapersAsync(set, cancellationToken)).SelectMany(p => new[] { p.Title, p.Abstract })];

    /// <summary>Names with variant suffixes and their near misses (VariantSuffix), where the trie also reports a name's letters inside a word.</summary>
    private static Paper[] VariantPapers() =>
    [
        new() { Id = "variants:1", Title = "ViT-L/14@336px and ResNet50: backbones", Abstract = "We fine-tune LLaMA-2-70B, Llama 2 70B, Qwen2.5-7B-Instruct, Mixtral-8x7B-Instruct-v0.1, Qwen3-235B-A22B and gemma-2-9b-it; BERT-Large, BERT-base, T5-XXL and ViT-B/16 encode." },
        new() { Id = "variants:2", Title = "Depths", Abstract = "ResNet50, ResNet-101, ResNet101, VGG16, VGG19, DenseNet121, WRN-28-10, ResNet50d, ResNet2024 and Wide ResNet50 on COCO val2017, COCO test-dev, MS-COCO train2014." },
        new() { Id = "variants:3", Title = "Versions", Abstract = "CIFAR-100, CIFAR-10, ImageNet-1k, GPT-4o, Llama 3.1, YOLOv8, MMLU-Pro, Mamba-2; BERT 2 times faster, OLMo 2T tokens, Llama 7B tokens, https://github.com/org/LLaMA-2-70B." },
    ];

    private static Paper[] DevSetPapers() =>
        [.. File.ReadLines(Path.Combine(AppContext.BaseDirectory, "DevSet", "devset.jsonl"))
            .Select(line => JsonSerializer.Deserialize<DevPaper>(line)!)
            .Select(p => new Paper { Id = p.Key, Title = p.Title, Abstract = p.Abstract, ArxivId = p.ArxivId })];

    /// <summary>The text with non-ASCII chars injected by word position, the same on every run.</summary>
    public static string Accent(string text)
    {
        var words = text.Split(' ');
        var built = new StringBuilder(text.Length + (text.Length / 4));
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (word.Length > 0)
            {
                word = (i % 23) switch
                {
                    1 or 12 => Precomposed(word),
                    4 => word[..1] + "\u0301" + word[1..], // a combining acute: a mark, not a letter, inside a word
                    6 => "\u03B1-" + word, // "α-BERT"
                    9 => word + "\u6A21\u578B", // "BERT模型": CJK letters glued to a name
                    15 => "\u03BB" + word, // a Greek letter glued in front
                    _ => word,
                };
            }

            built.Append(word);
            if (i + 1 < words.Length)
            {
                built.Append((i % 23) switch
                {
                    2 or 7 or 19 => "\u00A0", // a non-breaking space between words
                    10 => " \u03A3 ", // "Σ" as a word of its own
                    17 => " \u6570\u636E ", // "数据" as a word of its own
                    21 => "\u00A0\u2013 ", // a non-breaking space and an en dash
                    _ => " ",
                });
            }
        }

        return built.ToString();
    }

    /// <summary>The word with its first ASCII vowel accented ("Transformér", "Ünet").</summary>
    private static string Precomposed(string word)
    {
        const string Plain = "aeiouAEIOU";
        const string Accents = "áéïöüÁÉÏÖÜ";
        var at = word.AsSpan().IndexOfAny(Plain);
        return at < 0 ? word : string.Concat(word.AsSpan(0, at), Accents[Plain.IndexOf(word[at], StringComparison.Ordinal)].ToString(), word.AsSpan(at + 1));
    }
}
