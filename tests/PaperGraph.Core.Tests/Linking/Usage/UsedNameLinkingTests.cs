using PaperGraph.Core.Graph;
using PaperGraph.Core.Linking;

namespace PaperGraph.Core.Tests.Linking.Usage;

/// <summary>
/// Names no catalog has and no paper introduces, used where the context says what they are (GUIDELINES.md section 4):
/// a kind noun after them, "benchmarks such as" before them, or linked entities of one kind listed with them. The
/// examples are made up in the shape of real abstracts.
/// </summary>
public sealed class UsedNameLinkingTests(LinkingFixture fixture) : IClassFixture<LinkingFixture>
{
    [Theory]
    [InlineData("Our method is the best on both the FogCity and HazeSat9K datasets.", "FogCity", EntityKind.Dataset)]
    [InlineData("Our method is the best on both the FogCity and HazeSat9K datasets.", "HazeSat9K", EntityKind.Dataset)]
    [InlineData("Results on the Zyx-Bench benchmark show a clear gain.", "Zyx-Bench", EntityKind.Dataset)]
    [InlineData("We evaluate on benchmarks such as QuillBench and TRAX-Eval.", "QuillBench", EntityKind.Dataset)]
    [InlineData("We evaluate on benchmarks such as QuillBench and TRAX-Eval.", "TRAX-Eval", EntityKind.Dataset)]
    [InlineData("Accuracy rises on GSM8K, MATH-Hard2 and HumanEval.", "MATH-Hard2", EntityKind.Dataset)]
    [InlineData("It payloads are smaller than the recent SPOQ baseline.", "SPOQ", EntityKind.Method)]
    [InlineData("It surpasses OpenAI's q3 and GPT-4o models on every split.", "q3", EntityKind.Model)]
    [InlineData("In longitudinal runs our method outperforms SEGMAX on lesion load.", "SEGMAX", EntityKind.Method)]
    [InlineData("Compared with FooNet-v2 and BarSeg, it halves the error.", "BarSeg", EntityKind.Method)]
    [InlineData("It reaches 102% of full fine-tuning on Q-Tally and AesQuill respectively.", "AesQuill", EntityKind.Dataset)]
    [InlineData("On Quux-3-32B and Bloom-7.1B, the method keeps the language.", "Quux-3-32B", EntityKind.Model)]
    public void Link_NameInAnEntityContext_IsAMentionOfAUsedEntity(string text, string surface, EntityKind kind)
    {
        var result = Link(text);
        var mention = Assert.Single(result.Annotations.Mentions, m => m.Surface == surface);
        var entity = Assert.Single(result.UsedEntities, e => e.Id == mention.EntityId);
        Assert.Equal((surface, kind, "used"), (entity.Name, entity.Kind, entity.Source));
    }

    [Fact]
    public void Link_CatalogDatasetNeverMatchedInText_IsLinkedWhereTheContextSaysDataset()
    {
        var unlinked = fixture.Catalog.FindUnlinked("RICE");
        Assert.Contains(unlinked, e => e.Entity.Kind == EntityKind.Dataset && e.Entity.Name == "RICE");
        var result = Link("It leads on both the RICE and HazeSat9K datasets; on RICE by 2 points. Rice farming is next.");
        Assert.Equal(2, result.Annotations.Mentions.Count(m => m.Surface == "RICE" && m.EntityId == unlinked[0].Entity.Id));
        Assert.DoesNotContain(result.Annotations.Mentions, m => m.Surface == "Rice");
        Assert.DoesNotContain(result.UsedEntities, e => e.Name == "RICE");
    }

    [Fact]
    public void Link_UsedName_IsAMentionWhereverItStands()
    {
        var result = Link("On the RIVA and HazeSat9K datasets it leads; on RIVA alone by 2 points.");
        Assert.Equal(2, result.Annotations.Mentions.Count(m => m.Surface == "RIVA"));
    }

    [Fact]
    public void Link_UsedName_IsNoMentionInsideALongerHyphenatedName()
    {
        var result = Link("PatchCore-Lite runs first; it builds on the PatchCore and PaDiM models.");
        Assert.Single(result.Annotations.Mentions, m => m.Surface == "PatchCore");
    }

    [Theory]
    [InlineData("We report BLEU, ROUGE-L and METEOR on the test set.")]
    [InlineData("Training ran on A100 and H100 GPUs.")]
    [InlineData("It is implemented in PyTorch and JAX.")]
    [InlineData("It is evaluated on English-isiZulu and English-isiXhosa translation.")]
    [InlineData("Significant improvements in MOTA and IDF1 follow.")]
    [InlineData("It gains x1.3 in AOPC and x2.2 in LOdds, and in ID-S and BG-S scores.")]
    [InlineData("Localization in GNSS-denied and GNSS-degraded environments is hard.")]
    [InlineData("We compare visual- and LLM-based methods.")]
    [InlineData("The OpenAI o1-series models think at length.")]
    [InlineData("Accepted at NeurIPS and ICLR workshops.")]
    [InlineData("We study Multi-Modal and Cross-Lingual benchmarks.")]
    [InlineData("It runs on FogCity with the new loss.")]
    [InlineData("We pool chest X-ray and mmWave datasets.")]
    [InlineData("Agents do worse than non-AI baselines.")]
    [InlineData("It beats the RGB-Depth and RGB-Thermal datasets' baselines.")]
    [InlineData("We release the v1.0 and v2.0 datasets.")]
    [InlineData("Existing DMGs and CLDs models fail.")]
    [InlineData("Our attack succeeds against AWS's face API and NIST baselines.")]
    [InlineData("Blank Canvas Against AI-enabled Image Forgery")]
    [InlineData("Gains on SPK-SIM, EMO-SIM and GSM8K.")]
    public void Link_NameOutsideAnEntityContextOrNoName_IsNoUsedMention(string text) =>
        Assert.Empty(Link(text).UsedEntities);

    [Theory]
    [InlineData("Fine-tuning on a tenth of the data matches full tuning in Zorp-Bench and QuillBench.", "QuillBench")]
    [InlineData("Scores rise by four points on MarbleQA.", "MarbleQA")]
    [InlineData("The agent solves 40% of PlankEval tasks.", "PlankEval")]
    [InlineData("It also holds on KestrelBench-v2 and on SWE-bench-style repositories.", "KestrelBench-v2")]
    [InlineData("Training on TernVQA helps.", "TernVQA")]
    public void Link_NameThatSaysItIsABenchmark_IsADatasetWhereverItStands(string text, string surface)
    {
        var mention = Assert.Single(Link(text).Annotations.Mentions, m => m.Surface == surface);
        Assert.Equal($"used:dataset:{surface}", mention.EntityId);
    }

    [Theory]
    [InlineData("On a T9Bench-derived split it fails.")] // the benchmark is T9Bench, not the adjective
    [InlineData("We took part in the ZorpEval Shared Task.")] // a competition
    [InlineData("VideoQA remains hard, and so does OpenQA.")] // tasks written as one word
    [InlineData("Our team ranked third at SemEval-2026.")] // a venue
    [InlineData("Scores are judged with G-Eval.")] // a metric: no lower-case part before "Eval"
    public void Link_BenchmarkShapedWordThatNamesNoBenchmark_IsNoUsedMention(string text) =>
        Assert.Empty(Link(text).UsedEntities);

    [Fact]
    public void Link_KnownBenchmarkWithASuffix_IsNoNewBenchmark()
    {
        Assert.NotEmpty(fixture.Catalog.FindByAlias("LiveCodeBench"));
        Assert.DoesNotContain(Link("Pass@1 on LiveCodeBench-v6 rises.").UsedEntities, e => e.Name.StartsWith("LiveCodeBench", StringComparison.Ordinal));
    }

    [Fact]
    public void Link_UsedEntity_DependsOnTheNameAndKindOnly()
    {
        var first = Assert.Single(Link("Scores on the HazeSat9K dataset.").UsedEntities);
        var second = Assert.Single(Link("We add HazeSat9K, GSM8K and MATH to the mix of datasets.", "Another paper").UsedEntities);
        Assert.Equal(first, second);
    }

    private LinkResult Link(string text, string title = "A study") =>
        fixture.Linker.Link(new Paper { Id = "test:1", Title = title, Abstract = text }, fixture.Dictionary);
}
