using System.Text.Json;
using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Tests.HeldOut;

/// <summary>
/// Reads the held-out set (texts.jsonl and the hand labels in labels.txt, see GUIDELINES.md) and turns each label
/// into exact gold spans. A malformed line fails with its line number rather than being skipped.
/// </summary>
internal static partial class HeldOutLabels
{
    public static readonly string[] Kinds = ["method", "architecture", "model", "dataset"];

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "HeldOut");

    public static IReadOnlyList<HeldOutPaper> Load() => Load(Folder);

    /// <summary>A set labelled the held-out way (texts.jsonl and labels.txt) from another folder, such as Tuning/.</summary>
    public static IReadOnlyList<HeldOutPaper> Load(string folder) => Load(
        File.ReadAllLines(Path.Combine(folder, "texts.jsonl")),
        File.ReadAllLines(Path.Combine(folder, "labels.txt")));

    public static IReadOnlyList<HeldOutPaper> Load(IReadOnlyList<string> textLines, IReadOnlyList<string> labelLines)
    {
        var texts = textLines.Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<HeldOutText>(l)!).ToArray();
        var papers = new List<HeldOutPaper>();
        for (var number = 1; number <= labelLines.Count; number++)
        {
            var line = labelLines[number - 1];
            if (line.StartsWith('#') || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var parts = line.Split('|');
            if (parts.Length != 3 || !int.TryParse(parts[0].Trim(), out var index) || index != papers.Count || index >= texts.Length)
            {
                throw new InvalidDataException($"labels.txt line {number}: expected 'index | mentions | introduced' for paper {papers.Count}");
            }

            var text = texts[index];
            var labels = Items(parts[1]).Select(item => ParseMention(item, number)).ToArray();
            var introduced = Items(parts[2]).Select(item => ParseIntroduced(item, number)).ToArray();
            var introducedNames = introduced.SelectMany(i => i.Names).ToHashSet(StringComparer.Ordinal);
            var mentions = Spans("title", text.Title, labels, introducedNames).Concat(Spans("abstract", text.Abstract, labels, introducedNames)).ToArray();
            papers.Add(new HeldOutPaper(index, PaperIds.FromArxivId(text.ArxivId), text.ArxivId, text.Title, text.Abstract, labels, mentions, introduced));
        }

        return papers.Count == texts.Length
            ? papers
            : throw new InvalidDataException($"labels.txt labels {papers.Count} papers, texts.jsonl has {texts.Length}");
    }

    private static IEnumerable<string> Items(string field) => field.Split(';').Select(i => i.Trim()).Where(i => i.Length > 0);

    private static HeldOutLabel ParseMention(string item, int number)
    {
        var arrow = item.LastIndexOf("=>", StringComparison.Ordinal);
        var colon = arrow < 0 ? -1 : item.IndexOf(':', arrow);
        var kind = arrow < 0 ? "" : colon < 0 ? item[(arrow + 2)..] : item[(arrow + 2)..colon];
        return arrow > 0 && Kinds.Contains(kind)
            ? new HeldOutLabel(item[..arrow], kind, colon < 0 ? null : item[(colon + 1)..])
            : throw new InvalidDataException($"labels.txt line {number}: '{item}' is not surface=>kind or surface=>kind:base (kinds: {string.Join(", ", Kinds)})");
    }

    private static HeldOutIntroduced ParseIntroduced(string item, int number)
    {
        var arrow = item.LastIndexOf("=>", StringComparison.Ordinal);
        return arrow > 0 && Kinds.Contains(item[(arrow + 2)..])
            ? new HeldOutIntroduced(item[..arrow].Split('~').Select(n => n.Trim()).ToArray(), item[(arrow + 2)..])
            : throw new InvalidDataException($"labels.txt line {number}: '{item}' is not Name~Alias=>kind");
    }
}
