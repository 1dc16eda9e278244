using PaperGraph.Core.Graph;
using PaperGraph.Core.Linking.Matching;

namespace PaperGraph.Core.Tests.Linking;

/// <summary>
/// The names schema/catalog/mine_corpus.py mined from the arXiv corpus (schema/catalog/mined.jsonl.gz): other groups'
/// 2025-26 models, benchmarks and methods link in papers that only use them, classes and tasks were not mined, the
/// mined names never shadow a source's alias, and a paper that introduces a mined name keeps it as its own entity.
/// </summary>
public sealed class MinedCatalogLinkingTests(LinkingFixture fixture) : IClassFixture<LinkingFixture>
{
    [Theory]
    [InlineData("Agents are implemented as zero-shot ReAct agents.", "ReAct", "mined:react")]
    [InlineData("We compare with GPT-5.2 and Claude on every task.", "GPT-5.2", "mined:gpt-5-2")]
    [InlineData("Gemini 2.5 Pro solves 41% of the problems.", "Gemini 2.5 Pro", "mined:gemini-2-5-pro")] // a version, not the family
    [InlineData("Agents are evaluated on OSWorld and WebArena.", "OSWorld", "mined:osworld")]
    [InlineData("Memory is tested on LongMemEval with long chats.", "LongMemEval", "mined:longmemeval")]
    [InlineData("Claude Sonnet 4.6 resolves a third of the issues.", "Claude Sonnet 4.6", "mined:claude-sonnet-4-6")] // the tier before the version
    [InlineData("Judges were GPT-4.1 Mini and Claude Haiku 4.5.", "Claude Haiku 4.5", "mined:claude-haiku-4-5")] // a release named in a list, no kind word
    [InlineData("Reasoning models such as OpenAI's o1 and DeepSeek-R1 think longer.", "o1", "curated:openai-o1")] // curated: too short to mine
    [InlineData("Only o3 (89%) beats GPT-5 here.", "o3", "curated:openai-o3")]
    [InlineData("Distillation from OpenAI o3-mini helps.", "o3-mini", "mined:o3-mini")] // another model, not o3
    public void Link_MinedName_LinksWithExactSpan(string text, string surface, string entityId)
    {
        var mention = Assert.Single(Link(text), m => m.EntityId == entityId);
        Assert.Equal(text.IndexOf(surface, StringComparison.Ordinal), mention.Start);
        Assert.Equal(surface, mention.Surface);
    }

    [Theory]
    [InlineData("Text-to-video (T2V) and image-to-video (I2V) models improve with LLMs and VLMs.")] // tasks and classes
    [InlineData("Results are reported in PSNR, SSIM and LPIPS on an NVIDIA A100 GPU.")] // metrics and hardware
    [InlineData("Code is on GitHub, built with PyTorch and LangChain.")] // platforms and libraries
    [InlineData("In Stage 1 the model is frozen; Model 2 is trained across 20 tasks.")] // words with numbers
    public void Link_ClassTaskMetricOrTool_IsNoMinedName(string text)
    {
        Assert.DoesNotContain(Link(text), m => m.EntityId.StartsWith("mined:", StringComparison.Ordinal));
    }

    [Fact]
    public void Link_CapitalO1OrO3_IsNoOpenAIModel()
    {
        // o1 and o3 are matched in their written case only: O(1), O2 and O3 are a cost and states.
        Assert.DoesNotContain(Link("For O(1) memory we track the states O1, O2 and O3."), m => m.EntityId.StartsWith("curated:openai-", StringComparison.Ordinal));
    }

    [Fact]
    public void Catalog_MinedAliases_NeverShadowASourceAlias()
    {
        var mined = fixture.Catalog.Entries.Where(e => e.Mined).ToList();
        var sourceKeys = fixture.Catalog.Entries.Where(e => !e.Mined)
            .SelectMany(e => e.Aliases).Select(a => TextFolding.Key(a.Text)).ToHashSet(StringComparer.Ordinal);

        Assert.True(mined.Count > 100, $"only {mined.Count} mined entries: is mined.jsonl.gz embedded?");
        Assert.All(mined.SelectMany(e => e.Aliases), a => Assert.DoesNotContain(TextFolding.Key(a.Text), sourceKeys));
    }

    [Theory]
    [InlineData("ReAct: Synergizing Reasoning and Acting in Language Models", "We propose ReAct, a paradigm that interleaves reasoning traces and actions.", "ReAct")]
    [InlineData("EuroLLM-9B: Technical Report", "We release EuroLLM-9B, a multilingual model trained on 4 trillion tokens.", "EuroLLM-9B")] // a variant of a mined name
    public void Link_PaperIntroducingAMinedName_KeepsItsOwnEntity(string title, string text, string name)
    {
        var result = fixture.Linker.Link(new Paper { Id = "test:1", Title = title, Abstract = text }, fixture.Dictionary);

        var own = Assert.Single(result.NewEntities, e => e.Name == name);
        Assert.Contains(own.Id, result.Annotations.IntroducedEntityIds);
        Assert.Contains(result.Annotations.Mentions, m => m.Field == MentionField.Title && m.EntityId == own.Id);
    }

    private IReadOnlyList<Mention> Link(string text) =>
        fixture.Linker.Link(new Paper { Id = "test:1", Title = "A study", Abstract = text }, fixture.Dictionary).Annotations.Mentions;
}
