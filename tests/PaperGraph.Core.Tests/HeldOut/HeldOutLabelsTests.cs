namespace PaperGraph.Core.Tests.HeldOut;

/// <summary>The held-out labels are well formed and the converter turns them into the spans the guidelines define.</summary>
public sealed class HeldOutLabelsTests
{
    [Fact]
    public void Labels_CoverEveryDrawnPaper_NoneFromTheDevSet()
    {
        var papers = HeldOutLabels.Load();
        var dev = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "DevSet", "texts.json"))).RootElement
            .EnumerateArray().Select(p => (Id: p.GetProperty("arxivId").GetString(), Title: p.GetProperty("title").GetString()!)).ToArray();

        Assert.Equal(160, papers.Count);
        Assert.Equal(papers.Count, papers.Select(p => p.ArxivId).Distinct().Count());
        Assert.DoesNotContain(papers, p => dev.Any(d => d.Id == p.ArxivId || string.Equals(d.Title.Trim(), p.Title.Trim(), StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void EveryLabel_FindsItsSurface_AndEverySpanIsTheSurface()
    {
        foreach (var paper in HeldOutLabels.Load())
        {
            foreach (var label in paper.Labels)
            {
                Assert.True(paper.Mentions.Any(m => m.Surface == label.Surface), $"paper {paper.Index}: '{label.Surface}' occurs nowhere as a whole word");
            }

            foreach (var mention in paper.Mentions)
            {
                var field = mention.Field == "title" ? paper.Title : paper.Abstract;
                Assert.Equal(mention.Surface, field[mention.Start..mention.End]);
            }

            foreach (var name in paper.Introduced.SelectMany(i => i.Names))
            {
                Assert.True(paper.Labels.Any(l => l.Surface == name), $"paper {paper.Index}: introduced '{name}' is not also labelled as a mention");
            }
        }
    }

    [Fact]
    public void Spans_AreWholeWords_LongestFirst_OutsideUrls_InUtf16Offsets()
    {
        const string text = "\U0001F600 LLaMA-2-70B beats LLaMA-2, LLaMA-2s and xLLaMA-2 (https://example.org/LLaMA-2).";
        HeldOutLabel[] labels = [new("LLaMA-2", "model", null), new("LLaMA-2-70B", "model", "LLaMA-2")];

        var spans = HeldOutLabels.Spans("abstract", text, labels, new HashSet<string>()).ToArray();

        Assert.Equal(new[] { (3, "LLaMA-2-70B"), (21, "LLaMA-2") }, spans.Select(s => (s.Start, s.Surface)));
        Assert.Equal("LLaMA-2", spans[0].Base);
        Assert.All(spans, s => Assert.Equal(s.Surface, text[s.Start..s.End]));
    }

    [Fact]
    public void Load_MalformedLabel_FailsWithItsLineNumber()
    {
        string[] texts = ["""{"index": 0, "arxivId": "2501.00001", "date": "2025-01-01", "title": "Foo", "abstract": "Foo on Bar."}"""];

        var error = Assert.Throws<InvalidDataException>(() => HeldOutLabels.Load(texts, ["# comment", "0 | Foo=>tool |"]));

        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("Foo=>tool", error.Message, StringComparison.Ordinal);
    }
}
