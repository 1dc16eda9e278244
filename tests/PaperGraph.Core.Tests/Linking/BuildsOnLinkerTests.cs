using PaperGraph.Core.Graph;
using PaperGraph.Core.Linking;

namespace PaperGraph.Core.Tests.Linking;

public sealed class BuildsOnLinkerTests
{
    /// <summary>What a paper on KeyFace's topic says besides the name.</summary>
    private const string Topic = " on long audio-driven talking-face videos from a two-stage diffusion framework";

    private static readonly Dictionary<string, Paper> Papers = new[]
    {
        Paper("p:mamba", "Mamba: Linear-Time Sequence Modeling with Selective State Spaces", "We propose Mamba, a selective state space model."),
        Paper("p:mamba-listing", "Mamba: Linear-time sequence modeling with selective state spaces", "We propose Mamba, a selective state space model."),
        Paper("p:prism-a", "PRISM: Probing Reasoning in Small Models", "We introduce PRISM, a probe."),
        Paper("p:prism-b", "PRISM: A Benchmark for Multimodal Retrieval", "We introduce PRISM, a benchmark."),
        Paper("p:keyface", "KeyFace: Talking Faces from Keyframes", $"We propose KeyFace. It works{Topic}."),
        Paper("p:cab-sampler", "Fast Sampling for Diffusion", "We propose Consistency-Aware Buffer (CAB), a training-free sampler that halves the steps of image diffusion models."),
        Paper("p:swe", "SWE-Bench: Can Models Fix Issues?", "We introduce a benchmark of real GitHub issues that agents must fix in open-source Python repositories."),
        Paper("p:user-of-keyface", "Talking Heads", "We propose a method and compare it with KeyFace on two benchmarks, namely VoxHead and TalkSet."),
        Paper("p:keyface-too", "KeyFace: Faces for Games", "We render KeyFace characters."),
        Paper("p:own-keyface", "Two-Stage Talking Faces for Games", $"We introduce the Dual KeyFace, a renderer, and our KeyFace-2 engine. Both work{Topic}."),
        Paper("p:uses-keyface", "Two-Stage Talking Faces for Games", $"We present results on KeyFace and improve on KeyFace by 3 points{Topic}."),
        Paper("p:keyfaces", "Two-Stage Talking Faces for Games", $"We compare with KeyFaces, a family of renderers{Topic}."),
        Paper("p:url", "Two-Stage Talking Faces for Games", $"Code: https://github.com/org/KeyFace for all. It works{Topic}."),
        Paper("p:spelt", "Two-Stage Talking Faces for Games", $"Keyed Face (KeyFace) matters for games. It works{Topic}."),
        Paper("p:later", "KeyFace: Again", "We propose KeyFace again.") with { ArxivId = "2606.00001" },
        Paper("p:earlier", "Heads", "We compare with KeyFace.") with { ArxivId = "2501.00001" },
        Paper("p:glinerbio", "Biomedical NER", "We introduce GLiNER-biomed, a suite of models."),
        Paper("p:reasonir", "Retrievers", "We present ReasonIR-8B, the first retriever for reasoning."),
        Paper("p:universal", "A Universal Agent", "This paper introduces Universal AI with Q-Induction, an agent."),
        Paper("p:orbit", "Orbit: Planning for Robots", "We introduce Orbit, a planner for household robots."),
        Paper("p:user", "A Study of Talking Faces", $"We report results{Topic}."),
        Paper("p:swe-user", "Agents That Fix Issues", "We test whether agents can fix real GitHub issues in open-source Python repositories on SWE-Bench, a benchmark."),
        Paper("p:proposed-keyface", "Two-Stage Talking Faces", $"KeyFace renders talking faces. Experiments show that the proposed KeyFace is fast{Topic}."),
        Paper("p:bold-keyface", "Two-Stage Talking Faces", $"We propose **KeyFace**, a renderer of talking faces from keyframes{Topic}."),
        Paper("p:cab-user", "Fast Sampling for Diffusion Models Revisited", "Building on the Consistency-Aware Buffer (CAB) sampler, we cut the number of steps of image diffusion models in half, training-free."),
        Paper("p:keyface-v3", "KeyFace V3: Faces at Scale", "We introduce KeyFace v3, a renderer of talking faces from keyframes."),
        Paper("p:keyface-2", "Two-Stage Talking Faces", $"We build on KeyFace 2.0 and compare with KeyFace V1{Topic}."),
        Paper("p:keyface-score", "Two-Stage Talking Faces", $"We beat KeyFace 4.3% and KeyFace v3{Topic}."),
        Paper("p:xbench-keyface", "Two-Stage Talking Faces", $"We test on xbench-KeyFace and KeyFace-generated clips{Topic}."),
        Paper("p:cab-lower", "Fast Sampling for Diffusion Models Revisited", "Building on a consistency-aware buffer (CAB) sampler, we cut the number of steps of image diffusion models in half, training-free."),
        Paper("p:nano3d", "3D Editing Without Masks", "We propose Nano3D, a training-free framework for 3D object editing."),
        Paper("p:keyface-plus", "KeyFace+: Faces at Scale", "We extend KeyFace with keyframes at scale."),
        Paper("p:cab-namesake", "Image Restoration", "We design a Channel Attention Block (CAB) that restores fine detail."),
    }.ToDictionary(p => p.Id);

    private static Paper Paper(string id, string title, string text) => new() { Id = id, Title = title, Abstract = text };

    private static Entity Entity(string id, string name, string source = "introduced", IntroducingPaper? introducedBy = null, params string[] aliases) =>
        new() { Id = id, Name = name, Kind = EntityKind.Method, Source = source, IntroducedBy = introducedBy, Aliases = aliases };

    private static readonly Entity Cab = Entity("new:consistency-aware-buffer", "Consistency-Aware Buffer", "introduced", null, "CAB");

    private static readonly Entity Mamba = Entity("curated:mamba", "Mamba", "curated", new IntroducingPaper("Mamba: Linear-Time Sequence Modeling with Selective State Spaces", null, 2023));

    private static Mention Mention(string paper, string entity, string surface = "Name") =>
        new(paper, entity, MentionField.Abstract, 0, surface.Length, surface, 0.9, PaperLinker.Version);

    private static IReadOnlyList<PaperLink> Links(string citing, Entity entity, string surface, params string[] introducers) =>
        BuildsOnLinker.LinksFor(
            citing,
            [Mention(citing, entity.Id, surface)],
            new BuildsOnEvidence(new Dictionary<string, IReadOnlyList<string>> { [entity.Id] = introducers }, new Dictionary<string, Entity> { [entity.Id] = entity }, Papers));

    [Fact]
    public void LinksFor_OneIntroducer_LinksToIt() =>
        Assert.Equal("p:mamba", Assert.Single(Links("p:user", Mamba, "Mamba", "p:mamba")).CitedPaperId);

    [Fact]
    public void LinksFor_DifferentPapersIntroduceTheName_LinksToNone() =>
        Assert.Empty(Links("p:user", Entity("new:prism", "PRISM"), "PRISMNet", "p:prism-a", "p:prism-b"));

    [Fact]
    public void LinksFor_CitingPaperIntroducesTheNameToo_LinksToNone() =>
        Assert.Empty(Links("p:prism-a", Entity("new:prismnet", "PrismNet"), "PrismNet", "p:prism-a", "p:prism-b"));

    [Fact]
    public void LinksFor_SamePaperListedTwice_LinksToBothListings() =>
        Assert.Equal(["p:mamba", "p:mamba-listing"], Links("p:user", Mamba, "Mamba", "p:mamba", "p:mamba-listing").Select(l => l.CitedPaperId).Order(StringComparer.Ordinal));

    [Fact]
    public void LinksFor_CatalogEntityOnlyClaimedByATitle_LinksToNone()
    {
        // "ReDDiT: …" claimed the catalog dataset Reddit through its title; a paper using Reddit builds on nothing.
        var reddit = Entity("hf:reddit", "Reddit", "hf-datasets");
        Assert.Empty(Links("p:user", reddit, "Reddit", "p:keyface"));
    }

    [Fact]
    public void LinksFor_CoinedName_Links() =>
        Assert.Single(Links("p:user", Entity("new:keyface", "KeyFace"), "KeyFace", "p:keyface"));

    [Fact]
    public void LinksFor_PlainCapitalisedWord_LinksToNone() =>
        Assert.Empty(Links("p:user", Entity("new:orbit", "Orbit"), "Orbit", "p:orbit"));

    [Fact]
    public void LinksFor_ShortAcronymWithTheCitedLongForm_Links() =>
        Assert.Single(Links("p:cab-user", Cab, "CAB", "p:cab-sampler"));

    [Fact]
    public void LinksFor_ShortAcronymTheCitingPaperSpellsOutDifferently_LinksToNone() =>
        Assert.Empty(Links("p:cab-namesake", Cab, "CAB", "p:cab-sampler"));

    [Fact]
    public void LinksFor_ShortAcronymTheCitingPaperSpellsOutInLowerCase_LinksToNoneButBetweenCoauthors()
    {
        // "a consistency-aware buffer (CAB)" is a common term to the citing paper, unless it shares an author with the cited one.
        Assert.Empty(Links("p:cab-lower", Cab, "CAB", "p:cab-sampler"));
        var papers = new Dictionary<string, Paper>(Papers)
        {
            ["p:cab-lower"] = Papers["p:cab-lower"] with { Authors = ["A. Author"] },
            ["p:cab-sampler"] = Papers["p:cab-sampler"] with { Authors = ["A. Author", "B. Author"] },
        };
        Assert.Single(BuildsOnLinker.LinksFor(
            "p:cab-lower",
            [Mention("p:cab-lower", Cab.Id, "CAB")],
            new BuildsOnEvidence(new Dictionary<string, IReadOnlyList<string>> { [Cab.Id] = ["p:cab-sampler"] }, new Dictionary<string, Entity> { [Cab.Id] = Cab }, papers)));
    }

    [Theory]
    [InlineData(EntityKind.Method, new[] { "cs.CL" }, new[] { "cs.CV" }, false, 0)] // a method's name across fields: a namesake
    [InlineData(EntityKind.Method, new[] { "cs.CL", "cs.CV" }, new[] { "cs.CV" }, false, 1)] // one field in common
    [InlineData(EntityKind.Method, new[] { "cs.CL" }, new[] { "cs.CV" }, true, 1)] // the same authors in both fields
    [InlineData(EntityKind.Method, new string[0], new[] { "cs.CV" }, false, 1)] // a listing page gives no categories
    [InlineData(EntityKind.Dataset, new[] { "cs.CL" }, new[] { "cs.CV" }, false, 1)] // benchmarks travel across fields
    [InlineData(EntityKind.Model, new[] { "cs.CL" }, new[] { "cs.CV" }, false, 1)] // so do models
    public void LinksFor_MethodOfAnotherField_LinksToNone(EntityKind kind, string[] citingCategories, string[] citedCategories, bool sharedAuthor, int links)
    {
        var papers = new Dictionary<string, Paper>(Papers)
        {
            ["p:user-of-keyface"] = Papers["p:user-of-keyface"] with { Categories = citingCategories, Authors = sharedAuthor ? ["A. Author"] : ["C. Author"] },
            ["p:keyface"] = Papers["p:keyface"] with { Categories = citedCategories, Authors = ["A. Author"] },
        };
        var keyface = Entity("new:keyface", "KeyFace") with { Kind = kind };
        var evidence = new BuildsOnEvidence(new Dictionary<string, IReadOnlyList<string>> { [keyface.Id] = ["p:keyface"] }, new Dictionary<string, Entity> { [keyface.Id] = keyface }, papers);
        Assert.Equal(links, BuildsOnLinker.LinksFor("p:user-of-keyface", [Mention("p:user-of-keyface", keyface.Id, "KeyFace")], evidence).Count);
    }

    [Fact]
    public void Claims_TheNameUpToCaseAndSeparators_NotAPlusVariant()
    {
        Assert.True(BuildsOnEvidenceRules.Claims(Papers["p:nano3d"], Entity("new:nano-3d", "Nano-3D")));
        Assert.False(BuildsOnEvidenceRules.Claims(Papers["p:keyface-plus"], Entity("new:keyface", "KeyFace")));
    }

    [Fact]
    public void LinksFor_ShortAcronymWithoutLongForm_LinksToNone() =>
        Assert.Empty(Links("p:user", Cab, "CAB", "p:cab-sampler"));

    [Fact]
    public void LinksFor_PlainWordsOfTheCitedLongForm_LinkToNone() =>
        Assert.Empty(Links("p:user", Entity("new:a3w", "A3W"), "Adaptive Weighting", "p:keyface"));

    [Fact]
    public void LinksFor_AcronymNameCompound_Links() =>
        Assert.Single(Links("p:swe-user", Entity("new:swe-bench", "SWE-Bench"), "SWE-Bench", "p:swe"));

    [Fact]
    public void LinksFor_CitedPaperOnlyUsesTheName_LinksToNone() =>
        Assert.Empty(Links("p:user", Entity("new:voxhead", "VoxHead"), "VoxHead", "p:user-of-keyface"));

    [Fact]
    public void LinksFor_CitingPaperClaimsTheNameItself_LinksToNone() =>
        Assert.Empty(Links("p:keyface-too", Entity("new:keyface", "KeyFace"), "KeyFace", "p:keyface"));

    [Fact]
    public void LinksFor_MentionInsideALongerToken_LinksToNone()
    {
        var citing = Paper("p:glued", "Dental Design", "We propose SS$KeyFace$D for abutments.");
        var papers = new Dictionary<string, Paper>(Papers) { [citing.Id] = citing };
        var keyface = Entity("new:keyface", "KeyFace");
        var mention = new Mention(citing.Id, keyface.Id, MentionField.Abstract, 14, 21, "KeyFace", 0.9, PaperLinker.Version);
        Assert.Empty(BuildsOnLinker.LinksFor(citing.Id, [mention], new BuildsOnEvidence(new Dictionary<string, IReadOnlyList<string>> { [keyface.Id] = ["p:keyface"] }, new Dictionary<string, Entity> { [keyface.Id] = keyface }, papers)));
    }

    [Fact]
    public void LinksFor_PhraseWithAnAcronymWord_LinksToNone() =>
        Assert.Empty(Links("p:user", Entity("new:universal-ai", "Universal AI"), "Universal AI", "p:universal"));

    private static int Count(string citing, string surface, string cited = "p:keyface") =>
        BuildsOnLinker.LinksFor(
            citing,
            [new Mention(citing, "new:keyface", MentionField.Abstract, Papers[citing].Abstract.IndexOf(surface, StringComparison.Ordinal), Papers[citing].Abstract.IndexOf(surface, StringComparison.Ordinal) + surface.Length, surface, 0.9, PaperLinker.Version)],
            new BuildsOnEvidence(
                new Dictionary<string, IReadOnlyList<string>> { ["new:keyface"] = [cited] },
                new Dictionary<string, Entity> { ["new:keyface"] = Entity("new:keyface", "KeyFace") },
                Papers)).Count;

    [Theory]
    [InlineData("p:own-keyface", "KeyFace")] // "we introduce the Dual KeyFace": the citing paper's own
    [InlineData("p:keyfaces", "KeyFaces")] // a plural is another name
    [InlineData("p:url", "KeyFace")] // inside a web address
    [InlineData("p:spelt", "KeyFace")] // the citing paper spells it out as something else
    public void LinksFor_MentionOfTheCitingPapersOwnOrOtherThing_LinksToNone(string citing, string surface) =>
        Assert.Equal(0, Count(citing, surface));

    [Theory]
    [InlineData("p:keyface-2", "KeyFace 2.0", "p:keyface", 0)] // another release than the one the cited paper names
    [InlineData("p:keyface-2", "KeyFace V1", "p:keyface", 1)] // a name the cited paper writes with no version is its first
    [InlineData("p:keyface-2", "KeyFace V1", "p:keyface-v3", 0)] // not when the cited paper names its own version
    [InlineData("p:keyface-score", "KeyFace v3", "p:keyface-v3", 1)] // the version the cited paper writes
    [InlineData("p:keyface-score", "KeyFace 4.3%", "p:keyface", 1)] // a score, no version
    [InlineData("p:xbench-keyface", "xbench-KeyFace", "p:keyface", 0)] // the end of another, hyphenated name
    [InlineData("p:xbench-keyface", "KeyFace-generated", "p:keyface", 1)] // a hyphen after the name is about it
    public void LinksFor_VersionOrLongerNameAroundTheMention(string citing, string context, string cited, int links)
    {
        var at = Papers[citing].Abstract.IndexOf(context, StringComparison.Ordinal) + context.IndexOf("KeyFace", StringComparison.Ordinal);
        var mention = new Mention(citing, "new:keyface", MentionField.Abstract, at, at + "KeyFace".Length, "KeyFace", 0.9, PaperLinker.Version);
        var evidence = new BuildsOnEvidence(
            new Dictionary<string, IReadOnlyList<string>> { ["new:keyface"] = [cited] },
            new Dictionary<string, Entity> { ["new:keyface"] = Entity("new:keyface", "KeyFace") },
            Papers);
        Assert.Equal(links, BuildsOnLinker.LinksFor(citing, [mention], evidence).Count);
    }

    [Fact]
    public void LinksFor_UseAfterAPreposition_Links() =>
        Assert.Equal(1, Count("p:uses-keyface", "KeyFace"));

    [Fact]
    public void LinksFor_CitedPaperLaterThanTheCitingOne_LinksToNone()
    {
        Assert.Equal(0, Count("p:earlier", "KeyFace", "p:later"));
        Assert.True(BuildsOnEvidenceRules.Later(Papers["p:later"], Papers["p:earlier"]));
        Assert.False(BuildsOnEvidenceRules.Later(Papers["p:earlier"], Papers["p:later"]));
    }

    [Fact]
    public void Claims_SizeOfTheNameClaimsIt_OtherSuffixDoesNot()
    {
        Assert.True(BuildsOnEvidenceRules.Claims(Papers["p:reasonir"], Entity("new:reasonir", "ReasonIR")));
        Assert.False(BuildsOnEvidenceRules.Claims(Papers["p:glinerbio"], Entity("new:gliner", "GLiNER")));
    }

    [Fact]
    public void LinksFor_NameTheCitingPaperCallsItsOwnInAnotherSentence_LinksToNone()
    {
        // "KeyFace renders talking faces" alone would link; "the proposed KeyFace" later says it is the citing paper's own.
        var abstractText = Papers["p:proposed-keyface"].Abstract;
        var first = abstractText.IndexOf("KeyFace", StringComparison.Ordinal);
        var second = abstractText.LastIndexOf("KeyFace", StringComparison.Ordinal);
        var keyface = Entity("new:keyface", "KeyFace");
        var evidence = new BuildsOnEvidence(new Dictionary<string, IReadOnlyList<string>> { [keyface.Id] = ["p:keyface"] }, new Dictionary<string, Entity> { [keyface.Id] = keyface }, Papers);
        Mention At(int start) => new("p:proposed-keyface", keyface.Id, MentionField.Abstract, start, start + 7, "KeyFace", 0.9, PaperLinker.Version);
        Assert.Single(BuildsOnLinker.LinksFor("p:proposed-keyface", [At(first)], evidence));
        Assert.Empty(BuildsOnLinker.LinksFor("p:proposed-keyface", [At(first), At(second)], evidence));
    }

    [Fact]
    public void LinksFor_CitingPaperProposesTheNameInMarkdownBold_LinksToNone() =>
        Assert.Equal(0, Count("p:bold-keyface", "KeyFace"));

    [Fact]
    public void LinksFor_OurNameWrittenByAnAuthorOfTheCitedPaper_Links()
    {
        // A challenge report on "our KeyFace benchmark" by KeyFace's own authors uses the same KeyFace.
        var cited = Papers["p:keyface"] with { Authors = ["A. Author", "B. Author"] };
        var citing = Paper("p:report", "Talking Faces Challenge Report", $"KeyFace sets the task. We report the challenge on our KeyFace benchmark{Topic}.") with { Authors = ["B. Author", "C. Author"] };
        var stranger = citing with { Id = "p:stranger", Authors = ["C. Author"] };
        var papers = new Dictionary<string, Paper>(Papers) { [cited.Id] = cited, [citing.Id] = citing, [stranger.Id] = stranger };
        var keyface = Entity("new:keyface", "KeyFace");
        int[] starts = [citing.Abstract.IndexOf("KeyFace", StringComparison.Ordinal), citing.Abstract.LastIndexOf("KeyFace", StringComparison.Ordinal)];
        var evidence = new BuildsOnEvidence(new Dictionary<string, IReadOnlyList<string>> { [keyface.Id] = [cited.Id] }, new Dictionary<string, Entity> { [keyface.Id] = keyface }, papers);
        IReadOnlyList<PaperLink> From(string id) => BuildsOnLinker.LinksFor(id, starts.Select(start => new Mention(id, keyface.Id, MentionField.Abstract, start, start + 7, "KeyFace", 0.9, PaperLinker.Version)).ToArray(), evidence);
        Assert.Single(From(citing.Id));
        Assert.Empty(From(stranger.Id));
    }
}
