using PaperGraph.Core.Graph;
using PaperGraph.Core.Linking;
using PaperGraph.Core.Linking.Catalog;

namespace PaperGraph.Core.Tests.Linking.Catalog;

public sealed class EntityCatalogTests
{
    private static readonly EntityCatalog Catalog = new(
    [
        Entry("curated:s4", new IntroducingPaper("Efficiently Modeling Long Sequences with Structured State Spaces", "2111.00396", 2021)),
        Entry("curated:schrodinger", new IntroducingPaper("Schrödinger Bridges, Revisited", null, 2024)),
        Entry("curated:old", new IntroducingPaper(null, "cs/0112017", 2001)),
    ]);

    [Theory]
    [InlineData("Efficiently modeling long-sequences with Structured  State Spaces.", null, "curated:s4")]
    [InlineData("Another title", "2111.00396", "curated:s4")]
    [InlineData("Another title", "2111.00396v3", "curated:s4")]
    [InlineData("Another title", "arXiv:2111.00396", "curated:s4")]
    [InlineData("Another title", "cs/0112017v1", "curated:old")]
    [InlineData("Schrodinger bridges: revisited", null, "curated:schrodinger")]
    [InlineData("SCHRÖDINGER BRIDGES REVISITED", null, "curated:schrodinger")]
    [InlineData("Efficiently Modeling Long Sequences", "2111.00397", null)]
    public void IntroducedBy_IdOrTitleVariants_FindTheCreditedEntry(string title, string? arxivId, string? expected)
    {
        var found = Catalog.IntroducedBy(new Paper { Id = "test:1", Title = title, Abstract = "", ArxivId = arxivId });
        Assert.Equal(expected is null ? [] : [expected], found.Select(e => e.Entity.Id));
    }

    [Fact]
    public void IntroducedBy_IdAndTitleBothCredit_ListsTheEntryOnce()
    {
        var paper = new Paper { Id = "test:1", Title = "Efficiently Modeling Long Sequences with Structured State Spaces", Abstract = "", ArxivId = "2111.00396" };
        Assert.Equal(["curated:s4"], Catalog.IntroducedBy(paper).Select(e => e.Entity.Id));
    }

    private static CatalogEntry Entry(string id, IntroducingPaper introducedBy) =>
        new(new Entity { Id = id, Name = id, Kind = EntityKind.Method, Source = "curated", IntroducedBy = introducedBy }, [new CatalogAlias(id, false)], true);
}
