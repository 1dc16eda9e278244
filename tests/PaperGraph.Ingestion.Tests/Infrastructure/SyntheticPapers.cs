using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PaperGraph.Ingestion.Tests.Infrastructure;

/// <summary>Generates JSON Lines listings of distinct, valid papers from a seed, so tests need no data folder.</summary>
internal static class SyntheticPapers
{
    private static readonly string[] Methods = ["Transformer", "ResNet", "LoRA", "diffusion model", "BERT", "Mamba", "graph neural network", "CLIP"];
    private static readonly string[] Tasks = ["image classification", "question answering", "speech recognition", "retrieval", "segmentation"];

    /// <summary>Papers <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> - 1 as JSON Lines.</summary>
    public static string Jsonl(int first, int count, string family = "syn")
    {
        var text = new StringBuilder();
        for (var n = first; n < first + count; n++)
        {
            var method = Methods[n % Methods.Length];
            var task = Tasks[n / Methods.Length % Tasks.Length];
            var record = new
            {
                title = string.Create(CultureInfo.InvariantCulture, $"{family} study {n}: {method} for {task}"),
                @abstract = string.Create(CultureInfo.InvariantCulture, $"We revisit {method} on {task} and report experiment {n} of the {family} series, improving prior results."),
                arxivId = string.Create(CultureInfo.InvariantCulture, $"24{(n / 100_000 % 12) + 1:D2}.{n % 100_000:D5}"),
            };
            text.Append(JsonSerializer.Serialize(record)).Append('\n');
        }

        return text.ToString();
    }
}
