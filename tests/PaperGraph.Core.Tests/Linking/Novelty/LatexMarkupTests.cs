using PaperGraph.Core.Graph;
using PaperGraph.Core.Linking.Novelty;

namespace PaperGraph.Core.Tests.Linking.Novelty;

/// <summary>
/// Names wrapped in LaTeX style commands, as one abstract in twenty writes them: found with the commands taken out,
/// mentioned where the abstract writes them.
/// </summary>
public sealed class LatexMarkupTests(LinkingFixture fixture) : IClassFixture<LinkingFixture>
{
    [Theory]
    [InlineData(@"we propose \textbf{AvR}: \textbf{Alignment via Refinement}, a method", "we propose AvR: Alignment via Refinement, a method")]
    [InlineData(@"we introduce \textbf{\textsc{FastCuRL}}, a recipe", "we introduce FastCuRL, a recipe")] // nested
    [InlineData(@"\textbf{S}patial \textbf{T}emporal \emph{Mixer}", "Spatial Temporal Mixer")] // letters picked out
    [InlineData(@"a loss $\mathcal{L}$ and \href{https://x.org}{code} and {braces}", @"a loss $\mathcal{L}$ and \href{https://x.org}{code} and {braces}")] // not styles
    [InlineData(@"\textbf{unclosed and } extra }", "unclosed and  extra }")] // the first '}' closes the command, the second stays
    [InlineData(@"\textbfx{no} \emph no brace", @"\textbfx{no} \emph no brace")] // not a style command followed by its argument
    public void Plain_TakesOutStyleCommandsOnly(string text, string expected) =>
        Assert.Equal(expected, LatexMarkup.Plain(text));

    [Fact]
    public void Plain_TextWithoutBackslash_IsTheSameInstance()
    {
        var paper = new Paper { Id = "test:1", Title = "A {braced} title", Abstract = "We propose AvR, a method." };

        Assert.Same(paper, LatexMarkup.Plain(paper));
        Assert.Same(paper.Abstract, LatexMarkup.Plain(paper.Abstract));
    }

    [Fact]
    public void Plain_TextWithOnlyOtherCommands_IsTheSameInstance()
    {
        const string Text = @"a loss $\mathcal{L}$ and \href{https://x.org}{code}";

        Assert.Same(Text, LatexMarkup.Plain(Text));
    }

    [Theory]
    [InlineData(@"In this paper, we propose \textbf{AvR}: \textbf{Alignment via Refinement}, a novel method for recursive reasoning. AvR refines its own answers.", "AvR")]
    [InlineData(@"We study adaptation and propose a set of key guidelines termed \emph{URAE}. For data efficiency, URAE uses synthetic data.", "URAE")]
    [InlineData(@"To tackle this, we propose \textbf{CorrMamba}, a novel matching network.", "CorrMamba")]
    public void Link_NameInStyleCommand_IsIntroducedAndMentionedWhereWritten(string text, string name)
    {
        var result = Link(text);

        var own = Assert.Single(result.NewEntities, e => e.Name == name);
        Assert.Contains(own.Id, result.Annotations.IntroducedEntityIds);
        var mentions = result.Annotations.Mentions.Where(m => m.EntityId == own.Id).ToArray();
        Assert.NotEmpty(mentions);
        Assert.All(mentions, m => Assert.Equal(name, text[m.Start..m.End]));
        Assert.Contains(mentions, m => text[..m.Start].EndsWith('{'));
    }

    [Fact]
    public void Link_SameAbstractWithAndWithoutMarkup_IntroduceTheSame()
    {
        const string Marked = @"We present \textit{MagicColor}, a diffusion framework, and \textbf{IceBench}, a benchmark for sea ice.";
        var plain = Link(LatexMarkup.Plain(Marked));
        var marked = Link(Marked);

        Assert.NotEmpty(plain.NewEntities);
        Assert.Equal(plain.NewEntities.Select(e => (e.Id, e.Kind)), marked.NewEntities.Select(e => (e.Id, e.Kind)));
        Assert.Equal(plain.Annotations.IntroducedEntityIds, marked.Annotations.IntroducedEntityIds);
    }

    private Core.Linking.LinkResult Link(string text) =>
        fixture.Linker.Link(new Paper { Id = "test:1", Title = "A study", Abstract = text }, fixture.Dictionary);
}
