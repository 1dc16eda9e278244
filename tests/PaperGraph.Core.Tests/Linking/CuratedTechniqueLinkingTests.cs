using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Tests.Linking;

/// <summary>
/// The standard techniques of schema/catalog/curated_techniques.jsonl in typical sentences: each links with its
/// exact span, and the same letters used as another word, or inside one, do not.
/// </summary>
public sealed class CuratedTechniqueLinkingTests(LinkingFixture fixture) : IClassFixture<LinkingFixture>
{
    [Theory]
    [InlineData("We fine-tune with DPO on preference pairs.", "DPO", "curated:dpo")]
    [InlineData("Direct Preference Optimization removes the reward model.", "Direct Preference Optimization", "curated:dpo")]
    [InlineData("Activations use SiLU throughout the network.", "SiLU", "pwc:silu")]
    [InlineData("We replace ReLU with Swish in every block.", "Swish", "pwc:swish")]
    [InlineData("The head uses Mish activations.", "Mish", "pwc:mish")]
    [InlineData("Outputs are drawn with min-p sampling at temperature 1.", "min-p sampling", "curated:min-p-sampling")]
    [InlineData("We decode with nucleus sampling (p = 0.9).", "nucleus sampling", "curated:nucleus-sampling")]
    [InlineData("We decode with top-p sampling.", "top-p sampling", "curated:nucleus-sampling")]
    [InlineData("Stories were generated with top-k sampling.", "top-k sampling", "curated:top-k-sampling")]
    [InlineData("Our method improves on contrastive decoding.", "contrastive decoding", "curated:contrastive-decoding")]
    [InlineData("Models aligned with RLHF are compared.", "RLHF", "curated:rlhf")]
    [InlineData("We compare against KTO and a reference policy.", "KTO", "curated:kto")]
    [InlineData("ORPO needs no reference model.", "ORPO", "curated:orpo")]
    [InlineData("SimPO uses a length-normalised reward.", "SimPO", "curated:simpo")]
    [InlineData("Papers are embedded with SPECTER before clustering.", "SPECTER", "curated:specter")]
    [InlineData("Papers are embedded with SPECTER2 before clustering.", "SPECTER2", "curated:specter2")]
    [InlineData("A ColBERT retriever ranks the passages.", "ColBERT", "curated:colbert")]
    [InlineData("We index with ColBERTv2 for speed.", "ColBERTv2", "curated:colbertv2")]
    [InlineData("Embeddings come from E5-Mistral-7B-Instruct.", "E5-Mistral-7B-Instruct", "curated:e5")] // size and stage in the span (GUIDELINES.md section 3)
    [InlineData("We scale an Extended Long Short-Term Memory model.", "Extended Long Short-Term Memory", "curated:xlstm")]
    [InlineData("We train DeltaNet at 1.3B parameters.", "DeltaNet", "curated:deltanet")]
    [InlineData("Gated DeltaNet outperforms Mamba2 on recall.", "Gated DeltaNet", "curated:gated-deltanet")]
    [InlineData("Griffin mixes recurrences with local attention.", "Griffin", "curated:griffin")]
    [InlineData("Accuracy on GPQA improves by 4 points.", "GPQA", "curated:gpqa")]
    [InlineData("Accuracy on GPQA Diamond improves by 4 points.", "GPQA Diamond", "curated:gpqa")]
    [InlineData("We report pass@1 on LiveCodeBench.", "LiveCodeBench", "curated:livecodebench")]
    [InlineData("Small models reason better with CoT traces.", "CoT", "pwc:cot-prompting")] // GUIDELINES.md section 7: CoT is a method
    [InlineData("We prompt with Chain-of-Thought exemplars.", "Chain-of-Thought", "pwc:cot-prompting")]
    [InlineData("Our method beats zero-shot and chain-of-thought techniques.", "chain-of-thought", "pwc:cot-prompting")]
    [InlineData("A planner based on MCTS explores the tree.", "MCTS", "pwc:monte-carlo-tree-search")]
    [InlineData("Embeddings are grouped with k-means before labelling.", "k-means", "pwc:k-means-clustering")]
    [InlineData("A t-SNE projection shows the clusters.", "t-SNE", "curated:t-sne")]
    [InlineData("Captions are decoded with beam search of width 5.", "beam search", "curated:beam-search")]
    [InlineData("A Kalman filter smooths the tracks.", "Kalman filter", "curated:kalman-filter")]
    [InlineData("We run QAOA on 12 qubits.", "QAOA", "curated:qaoa")]
    [InlineData("Facts are retrieved from Wikidata.", "Wikidata", "curated:wikidata")]
    public void Link_StandardTechnique_LinksWithExactSpan(string text, string surface, string entityId)
    {
        var mention = Assert.Single(Link(text), m => m.EntityId == entityId);
        Assert.Equal(text.IndexOf(surface, StringComparison.Ordinal), mention.Start);
        Assert.Equal(surface.Length, mention.End - mention.Start);
        Assert.Equal(surface, mention.Surface);
    }

    [Theory]
    [InlineData("Models trained with SDPO and DPOx losses were compared.")] // inside other words
    [InlineData("A dpo-style baseline was kept.")] // lower case is not the acronym
    [InlineData("E5 ligase activity was measured, and an Intel Xeon E5 ran the jobs.")] // the bare name E5 is no alias
    [InlineData("The ball made a swish through the net, and the griffin statue stood by.")] // ordinary words
    [InlineData("A mish-mash of sources and the Griffin-Lim phase estimate.")]
    [InlineData("Signals were cleaned by silu filtering.")]
    public void Link_NamesakeOrCommonWord_IsNotLinked(string text)
    {
        var ids = new[] { "curated:dpo", "curated:e5", "pwc:swish", "curated:griffin", "pwc:mish", "pwc:silu" };
        Assert.DoesNotContain(Link(text), m => ids.Contains(m.EntityId));
    }

    private IReadOnlyList<Mention> Link(string text) =>
        fixture.Linker.Link(new Paper { Id = "test:1", Title = "A study", Abstract = text }, fixture.Dictionary).Annotations.Mentions;
}
