using System.Text.Json;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Linking;

namespace PaperGraph.Benchmarks.Gold;

/// <summary>
/// Held-out check on SciREX (Jain et al., ACL 2020): the titles and abstracts of its 306 annotated ML papers, which
/// the linker was never tuned on. SciREX marks every Method, Task, Metric and Material (dataset) span, named or
/// generic, so a mention of ours that overlaps no SciREX span is a likely false positive; its recall target is
/// the named spans only (those with a capital after the first letter or a digit: "ResNet", "SQuAD", "CIFAR-10"),
/// since PaperGraph links names, not phrases like "convolutional networks".
/// </summary>
internal static class SciRexEvaluation
{
    public static void Run(string path, LinkerDictionary dictionary)
    {
        var docs = File.ReadLines(path).Select(l => JsonDocument.Parse(l).RootElement)
            .Where(d => !d.GetProperty("abstract_suspect").GetBoolean()).ToArray();
        var papers = docs.Select(d => new Paper
        {
            Id = "scirex:" + d.GetProperty("doc_id").GetString(),
            Title = d.GetProperty("title_tok").GetString()!,
            Abstract = d.GetProperty("abstract_tok").GetString()!,
        }).ToArray();
        var annotations = GoldLinking.Link(papers, dictionary);
        var catalog = dictionary.Catalog;

        int mentions = 0, inSpan = 0, datasets = 0, datasetsOnMaterial = 0, methods = 0, methodsOnMethod = 0;
        int namedGold = 0, namedFound = 0, materialGold = 0, materialFound = 0;
        for (var i = 0; i < docs.Length; i++)
        {
            var gold = docs[i].GetProperty("mentions").EnumerateArray()
                .Select(m => (Field: m.GetProperty("part").GetString() == "title" ? MentionField.Title : MentionField.Abstract,
                    Type: m.GetProperty("type").GetString()!, Text: m.GetProperty("text").GetString()!,
                    Start: m.GetProperty("start").GetInt32(), End: m.GetProperty("end").GetInt32()))
                .ToArray();
            var ours = annotations[papers[i].Id].Mentions;
            foreach (var m in ours)
            {
                var kind = GoldLinking.KindOf(m.EntityId, catalog);
                var hits = gold.Where(g => g.Field == m.Field && GoldLinking.Overlaps(m.Start, m.End, g.Start, g.End)).ToArray();
                mentions++;
                inSpan += hits.Length > 0 ? 1 : 0;
                if (kind == "dataset")
                {
                    datasets++;
                    datasetsOnMaterial += hits.Any(h => h.Type == "Material") ? 1 : 0;
                }
                else if (kind is "method" or "architecture" or "model")
                {
                    methods++;
                    methodsOnMethod += hits.Any(h => h.Type == "Method") ? 1 : 0;
                }
            }

            foreach (var g in gold.Where(g => g.Type is "Method" or "Material" && IsNamed(g.Text)))
            {
                var found = ours.Any(m => m.Field == g.Field && GoldLinking.Overlaps(m.Start, m.End, g.Start, g.End));
                namedGold++;
                namedFound += found ? 1 : 0;
                if (g.Type == "Material")
                {
                    materialGold++;
                    materialFound += found ? 1 : 0;
                }
            }
        }

        Console.WriteLine($"SciREX: {docs.Length} papers (abstract_suspect ones skipped), {mentions} mentions of ours");
        Console.WriteLine($"  precision proxy, our mentions inside any SciREX span: {GoldLinking.Ratio(inSpan, mentions)}");
        Console.WriteLine($"  our dataset mentions on a Material span: {GoldLinking.Ratio(datasetsOnMaterial, datasets)}");
        Console.WriteLine($"  our method/architecture/model mentions on a Method span: {GoldLinking.Ratio(methodsOnMethod, methods)}");
        Console.WriteLine($"  recall of named Method+Material spans: {GoldLinking.Ratio(namedFound, namedGold)}; of named Material spans: {GoldLinking.Ratio(materialFound, materialGold)}");
    }

    private static bool IsNamed(string text) =>
        text.Split(' ').Any(w => w.Length > 1 && (w.Skip(1).Any(char.IsUpper) || (w.Any(char.IsDigit) && w.Any(char.IsLetter))));
}
