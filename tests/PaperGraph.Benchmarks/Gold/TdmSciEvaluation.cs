using PaperGraph.Core.Graph;
using PaperGraph.Core.Linking;

namespace PaperGraph.Benchmarks.Gold;

/// <summary>
/// Held-out check on the TDMSci test set (Hou et al., EACL 2021): 500 sentences from NLP papers with every dataset
/// name tagged. Each sentence is linked as an abstract on its own; our dataset-kind mentions are scored against the
/// DATASET spans by overlap.
/// </summary>
internal static class TdmSciEvaluation
{
    public static void Run(string path, LinkerDictionary dictionary)
    {
        var sentences = ReadConll(path);
        var papers = sentences.Select((s, i) => new Paper { Id = $"tdmsci:{i}", Title = "Sentence", Abstract = s.Text }).ToArray();
        var annotations = GoldLinking.Link(papers, dictionary);
        var catalog = dictionary.Catalog;
        int predicted = 0, correct = 0, gold = 0, found = 0, anyKindFound = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            var mentions = annotations[papers[i].Id].Mentions.Where(m => m.Field == MentionField.Abstract).ToArray();
            var ours = mentions.Where(m => GoldLinking.KindOf(m.EntityId, catalog) == "dataset").ToArray();
            var spans = sentences[i].Datasets;
            predicted += ours.Length;
            correct += ours.Count(m => spans.Any(s => GoldLinking.Overlaps(m.Start, m.End, s.Start, s.End)));
            gold += spans.Count;
            found += spans.Count(s => ours.Any(m => GoldLinking.Overlaps(m.Start, m.End, s.Start, s.End)));
            anyKindFound += spans.Count(s => mentions.Any(m => GoldLinking.Overlaps(m.Start, m.End, s.Start, s.End)));
        }

        Console.WriteLine($"TDMSci test: {sentences.Count} sentences, {gold} DATASET spans");
        Console.WriteLine($"  our dataset mentions on a DATASET span (precision): {GoldLinking.Ratio(correct, predicted)}");
        Console.WriteLine($"  DATASET spans covered by a dataset mention (recall): {GoldLinking.Ratio(found, gold)}; by a mention of any kind: {GoldLinking.Ratio(anyKindFound, gold)}");
    }

    /// <summary>Sentences rebuilt from token, offset and BIO tag columns, with their DATASET spans.</summary>
    private static List<(string Text, List<(int Start, int End)> Datasets)> ReadConll(string path)
    {
        var sentences = new List<(string, List<(int, int)>)>();
        var text = new System.Text.StringBuilder();
        var spans = new List<(int Start, int End)>();
        foreach (var line in File.ReadLines(path).Append(string.Empty))
        {
            if (line.Length == 0)
            {
                if (text.Length > 0)
                {
                    sentences.Add((text.ToString(), [.. spans]));
                }

                text.Clear();
                spans.Clear();
                continue;
            }

            var columns = line.Split('\t');
            var offset = int.Parse(columns[1], System.Globalization.CultureInfo.InvariantCulture);
            text.Append(' ', Math.Max(0, offset - text.Length)).Append(columns[0]);
            var end = offset + columns[0].Length;
            if (columns[2] == "B-DATASET")
            {
                spans.Add((offset, end));
            }
            else if (columns[2] == "I-DATASET" && spans.Count > 0)
            {
                spans[^1] = (spans[^1].Start, end);
            }
        }

        return sentences;
    }
}
