using PaperGraph.Core.Graph;
using PaperGraph.Core.Linking;
using PaperGraph.Core.Linking.Novelty;

namespace PaperGraph.Core.Tests.Linking.Novelty;

/// <summary>
/// The error classes of introduced entities judged on the full corpus: sizes, classes, teams, fields, hyphenated
/// phrases, web addresses, names cut from a longer name with a short form, and catalog names claimed by a title of
/// another spelling. Each wrong case has a right neighbour that must still be introduced.
/// </summary>
public sealed class IntroducedNameShapeTests(LinkingFixture fixture) : IClassFixture<LinkingFixture>
{
    private LinkResult Link(string title, string text) =>
        fixture.Linker.Link(new Paper { Id = "test:shape", Title = title, Abstract = text }, fixture.Dictionary);

    private string[] Introduced(string title, string text)
    {
        var result = Link(title, text);
        return [.. result.NewEntities.Select(e => e.Name), .. result.Annotations.IntroducedEntityIds.Where(id => !id.StartsWith("new:", StringComparison.Ordinal))];
    }

    [Theory]
    [InlineData("We release 3B-parameter checkpoints for speech.")]
    [InlineData("We present Vision-Language-Action Models for kitchens.")]
    [InlineData("We introduce Perceive-then-Plan for household robots.")]
    [InlineData("We are the Quokka Lab and we present Quokka Lab results.")]
    [InlineData("We introduce NP-hard instances of routing.")]
    [InlineData("We propose Alzheimer detection from speech.")]
    [InlineData("We propose Reinforcement Learning Guided Exploration Policies (RL) for robots.")]
    [InlineData("We propose Turn Stability Score for dialogue agents.")]
    [InlineData("We study how people read feedback when we design LLM-generated feedback for learners.")]
    [InlineData("We derive the bound of the proposed RIS-aided imaging system.")]
    public void Find_PhraseAfterCue_IsNoName(string text) =>
        Assert.Empty(Introduced("A study", text));

    [Fact]
    public void Find_TaskNamedAfterAVerbThatLooksLikeANamingNoun_IsNoName()
    {
        // "models" is the verb here: the framework is introduced, the task it models is not.
        var introduced = Introduced("A study", "We propose PairRank, a framework that models Text-to-SQL as a two-stage process.");

        Assert.Contains("PairRank", introduced);
        Assert.DoesNotContain("Text-to-SQL", introduced);
    }

    [Theory]
    [InlineData("We release SpeechLM-3B checkpoints for speech.", "SpeechLM-3B")]
    [InlineData("We present VLAPilot, a model for kitchens.", "VLAPilot")]
    [InlineData("We introduce PerceivePlan, a planner for household robots.", "PerceivePlan")]
    [InlineData("To evaluate it, we also introduce AgentFL-Bench, a new benchmark of 16 tasks.", "AgentFL-Bench")]
    [InlineData("This paper further proposes ZetaNet, a network for kitchens.", "ZetaNet")]
    [InlineData("In this paper, we propose Multi-turn Grounding-based Policy Optimization (MGPO), an RL framework.", "Multi-turn Grounding-based Policy Optimization")]
    public void Find_CoinedNameAfterCue_IsIntroduced(string text, string name) =>
        Assert.Contains(name, Introduced("A study", text));

    [Fact]
    public void Find_NameInsideWebAddress_IsNoName() =>
        Assert.DoesNotContain("QuokkaNet", Introduced("A study", "Code is released at https://github.com/org/QuokkaNet, named QuokkaNet/v2 there."));

    [Fact]
    public void Find_CapitalisedRunCutBeforeShortForm_IntroducesTheShortForm()
    {
        var names = Introduced("A study", "We propose Quiet Safety through Knowledge Anchors (QSKA) for agents that act on the web.");
        Assert.DoesNotContain("Quiet Safety", names);
        Assert.Contains("QSKA", names);
    }

    [Fact]
    public void Find_TitleHeadNamingAMetric_IsNoName() =>
        Assert.Empty(Introduced("Maximum Matching Accuracy: An Instance Segmentation Evaluation Metric", "We propose a threshold-free metric."));

    [Theory]
    [InlineData("Dual-Domain Quokka Alignment: Robust Retrieval for Long Documents")]
    [InlineData("Concept-Guided Quokka Tuning: Steering Diffusion Models")]
    [InlineData("Towards Quokka-Like Grading: Rubrics for Essays")]
    [InlineData("Rethinking QuokkaNet Attention: A Study of Sparse Heads")]
    public void Find_TitleHeadInTitleCase_IsNoName(string title) =>
        Assert.Empty(Introduced(title, "We study how a model retrieves passages."));

    [Theory]
    [InlineData("QuokkaNet Retrieval Stack: Robust Retrieval for Long Documents", "QuokkaNet Retrieval Stack")]
    [InlineData("Quokka-RAG Pipeline: Steering Retrieval", "Quokka-RAG Pipeline")]
    [InlineData("Dual-Domain Quokka Pairs: A Benchmark for Retrieval", "Dual-Domain Quokka Pairs")]
    [InlineData("Beyond Quokka Ratings: A Benchmark for Retrieval", "Beyond Quokka Ratings")]
    public void Find_TitleHeadWithCoinedWordOrDatasetSubtitle_IsIntroduced(string title, string name) =>
        Assert.Contains(name, Introduced(title, "We study how a model retrieves passages."));

    [Theory]
    [InlineData("QuokkaNet26: A Comprehensive Architecture Overview and Key Improvements")]
    [InlineData("QuokkaNet: A Survey")]
    [InlineData("Quokka-Based Retrieval: A Review of Methods and Datasets")]
    public void Find_TitleHeadOfASurvey_IsNoName(string title) =>
        Assert.Empty(Introduced(title, "We study how a model retrieves passages."));

    [Theory]
    [InlineData("QuokkaNet: A Short Survey, Empirical Analysis, and Open-Source Retrieval Model", "QuokkaNet")]
    [InlineData("QuokkaSet: A Benchmark Dataset for Multimodal Review Helpfulness", "QuokkaSet")]
    public void Find_TitleHeadWithASurveyAmongOtherThings_IsIntroduced(string title, string name) =>
        Assert.Contains(name, Introduced(title, "We study how a model retrieves passages."));

    [Fact]
    public void Find_TitleHeadWithComma_IsNoName() =>
        Assert.Empty(Introduced("SPARSE Data, Rich Results: Few-Shot Segmentation", "We study few-shot segmentation with sparse labels."));

    [Fact]
    public void Link_TitleOfAnotherSpellingThanACatalogDataset_DoesNotClaimIt()
    {
        var dataset = fixture.Catalog.Entries.First(e => e.Entity.Kind == EntityKind.Dataset && e.Entity.IntroducedBy is null
            && e.Entity.Name.Length >= 5 && e.Entity.Name.All(char.IsLetter) && char.IsUpper(e.Entity.Name[0]) && e.Entity.Name[1..].All(char.IsLower)
            && fixture.Catalog.FindByAlias(e.Entity.Name).Count == 1 && !NoveltyStopWords.Contains(e.Entity.Name));
        var name = dataset.Entity.Name;
        var respelt = name[..2].ToUpperInvariant() + name[2..^1] + char.ToUpperInvariant(name[^1]); // "Reddit" -> "REddiT"

        Assert.DoesNotContain(dataset.Entity.Id, Link($"{respelt}: Diffusion for Image Restoration", "We restore images.").Annotations.IntroducedEntityIds);
        Assert.Contains(dataset.Entity.Id, Link($"{name}: A Dataset", "We collect it.").Annotations.IntroducedEntityIds);
    }

    [Theory]
    [InlineData("QuokkaSearch: Train your LLMs to Search in Parallel", "We propose QuokkaSearch, a reinforcement learning framework that teaches agents to search.", "QuokkaSearch", EntityKind.Method)]
    [InlineData("QuokkaMed: Reasoning in Medical LLMs", "We introduce QuokkaMed, a medical corpus and benchmark suite for Hindi.", "QuokkaMed", EntityKind.Dataset)]
    [InlineData("QuokkaSet: A Benchmark for Retrieval", "We introduce QuokkaSet, an evaluation framework for retrievers.", "QuokkaSet", EntityKind.Dataset)]
    [InlineData("QuokkaLM: A Language Model for Retrieval", "We release QuokkaLM for retrieval.", "QuokkaLM", EntityKind.Model)]
    // The subtitle's kind noun counts only in its head, before a preposition or clause, and not after a gerund.
    [InlineData("QuokkaKC: Resolving Knowledge Conflicts via Reasoning in LLMs", "We study conflicts.", "QuokkaKC", EntityKind.Method)]
    [InlineData("QuokkaPRM: Process Reward Models for LLM Agents", "We propose a re-defined PRM for agent tasks, named QuokkaPRM, to score steps.", "QuokkaPRM", EntityKind.Model)]
    [InlineData("QuokkaWeb: Efficient Data Filtering for LLM Training Data", "We filter two corpora, resulting in the QuokkaWeb dataset.", "QuokkaWeb", EntityKind.Dataset)]
    [InlineData("QuokkaEmb: Advancing Text Embedding Through Foundation Models", "We introduce the QuokkaEmb series, built upon foundation models.", "QuokkaEmb", EntityKind.Model)]
    [InlineData("QuokkaTwin: Introducing the Large-Scale Urban Digital Twin Benchmark Dataset", "We release it.", "QuokkaTwin", EntityKind.Dataset)]
    [InlineData("QuokkaArabiQ: Benchmarking Large Language Models on Arabic Medical Tasks", "We study models.", "QuokkaArabiQ", EntityKind.Dataset)]
    [InlineData("QuokkaAudit : Evaluating the Reasoning Limits of LLMs", "We study models.", "QuokkaAudit", EntityKind.Dataset)]
    // An apposition in the abstract, or the noun a naming word follows, says the kind over the subtitle's model.
    [InlineData("QuokkaCR: Long-Context Reasoning Models", "We propose the Quokka Conflict Reasoning (QuokkaCR) framework, which trains LLMs.", "QuokkaCR", EntityKind.Method)]
    [InlineData("QuokkaST: Style-aware State Space Model", "We develop a Mamba-based style transfer framework, termed QuokkaST.", "QuokkaST", EntityKind.Method)]
    public void Find_TitleNameKind_IsTheAbstractsUnlessTheTitleSaysDataset(string title, string text, string name, EntityKind kind) =>
        Assert.Equal(kind, Assert.Single(Link(title, text).NewEntities, e => e.Name == name).Kind);

    [Theory]
    [InlineData("We introduce KeyBench, a suite of tasks, and evaluate a framework on it.", "KeyBench", EntityKind.Dataset)]
    [InlineData("We propose KeyFace, a framework, and evaluate it on a new benchmark of faces.", "KeyFace", EntityKind.Method)]
    [InlineData("We introduce a new benchmark, called LongTalk, for dialogue.", "LongTalk", EntityKind.Dataset)]
    // The apposition after a parenthesised long form; not a clause after the name, nor a noun a preposition governs.
    [InlineData("Tailored to few-step diffusion models, we propose KeyCache (Key Prioritized Caching), a training-free acceleration strategy.", "KeyCache", EntityKind.Method)]
    [InlineData("We propose KeyRL, which introduces a small reflection model for efficient training.", "KeyRL", EntityKind.Method)]
    [InlineData("We propose a novel collaborative paradigm for VLMs, termed KeyTransfer, which guides small models.", "KeyTransfer", EntityKind.Method)]
    [InlineData("We propose KeyHunter, an LLM-generated text detector specialized for detecting text.", "KeyHunter", EntityKind.Method)]
    [InlineData("Therefore, we present the small-scale video reasoning model KeyVideo-R1.", "KeyVideo-R1", EntityKind.Model)]
    // A kind noun ending the name or its long form; a hyphenated VLM says what the name works on, a hyphenated dataset does not.
    [InlineData("We introduce the Harder Key Embedding Benchmark (HKEB), a dynamic evaluation framework.", "Harder Key Embedding Benchmark", EntityKind.Dataset)]
    [InlineData("We propose KeyFourier-VLM, a simple yet efficient method that compresses tokens.", "KeyFourier-VLM", EntityKind.Method)]
    [InlineData("Building on it, we construct Key^3-Dataset with 120K pairs.", "Key^3-Dataset", EntityKind.Dataset)]
    public void Find_Kind_IsTheNearestKindNoun(string text, string name, EntityKind kind) =>
        Assert.Equal(kind, Assert.Single(Link("A study", text).NewEntities, e => e.Name == name).Kind);
}
