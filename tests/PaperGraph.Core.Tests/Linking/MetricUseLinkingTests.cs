using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Tests.Linking;

/// <summary>
/// MAE is the masked autoencoder in the catalog and mean absolute error in many abstracts: a value, a change or another
/// metric beside it says it is the metric, which is no mention; the model keeps its mentions.
/// </summary>
public sealed class MetricUseLinkingTests(LinkingFixture fixture) : IClassFixture<LinkingFixture>
{
    [Theory]
    [InlineData("The fine-tuned model reaches the lowest errors (MSE = 0.42, MAE = 0.59).")]
    [InlineData("Age prediction reaches MAE: 4.1 years on the held-out cohort.")]
    [InlineData("Our method gives a 0.059 decrease in MAE compared to the previous best.")]
    [InlineData("We report MSE, MAE, and R2 for every model.")]
    [InlineData("It outperforms prior methods by 27% on accuracy and 0.24 on MAE.")]
    [InlineData("Cross-dataset MAEs of 5.38 and 0.70 are reached.")]
    public void Link_MaeUsedAsAMetric_IsNoMention(string text) =>
        Assert.DoesNotContain(Link(text), m => m.Surface.StartsWith("MAE", StringComparison.Ordinal));

    [Theory]
    [InlineData("It surpasses the recent MAE by 1.1% in ImageNet-1K classification.")]
    [InlineData("We pre-train the encoder with MAE on unlabeled frames.")]
    public void Link_MaeAsTheModel_IsAMention(string text) =>
        Assert.Contains(Link(text), m => m.Surface == "MAE");

    [Theory]
    [InlineData("It reaches a CLIP score of 0.33 and an FID of 2.9.", "CLIP")]
    [InlineData("Summaries gain 8% in BERT score and 3% in ROUGE.", "BERT")]
    [InlineData("We report ROUGE and BERT-score for every model.", "BERT")]
    public void Link_ModelNamingAScore_IsNoMention(string text, string model) =>
        Assert.DoesNotContain(Link(text), m => m.Surface == model);

    [Theory]
    [InlineData("GPT-4o and Claude score 80% on the test set.", "Claude")] // the verb
    [InlineData("We embed the images with CLIP and score them by similarity.", "CLIP")]
    [InlineData("CLIP scores the captions it retrieves.", "CLIP")] // the plural is left alone
    [InlineData("We rank features by SHAP score.", "SHAP")] // a method at work, not a model's metric
    public void Link_ModelBeforeScoreAsAVerbOrAMethod_IsAMention(string text, string name) =>
        Assert.Contains(Link(text), m => m.Surface == name);

    private IReadOnlyList<Mention> Link(string text) =>
        fixture.Linker.Link(new Paper { Id = "test:1", Title = "A study", Abstract = text }, fixture.Dictionary).Annotations.Mentions;
}
