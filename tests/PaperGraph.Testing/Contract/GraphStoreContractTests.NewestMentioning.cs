using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;
using static PaperGraph.Testing.Contract.TestData;

namespace PaperGraph.Testing.Contract;

public abstract partial class GraphStoreContractTests
{
    // Six entities asked about: more than the Neo4j tests' batch of 5, so the batched read spans two statements there.
    private static readonly string[] NewestEntities = ["e:hub", "e:pair", "e:undated", "e:single", "e:none", "e:other"];

    private async Task SeedNewestMentioningAsync()
    {
        var papers = new[]
        {
            Paper("title:nm1", "NM1", "Abstract one.", Date(2024, 5, 1)),
            Paper("title:nm2", "NM2", "Abstract two.", Date(2025, 1, 1)),
            Paper("title:nm3", "NM3", "Abstract three.", Date(2025, 1, 1)),
            Paper("title:nm4", "NM4", "Abstract four.", Date(2023, 7, 9)),
            Paper("title:nm5", "NM5", "Abstract five.", Date(2025, 6, 30)),
            Paper("title:nm6", "NM6", "Abstract six.", new ListingDate(null, 3, 4)),
            Paper("title:nm7", "NM7", "Abstract seven."),
        };
        await Store.UpsertPapersAsync(papers.Select(p => Record(p)).ToList(), Ct);
        await Store.SaveAnnotationsAsync(
        [
            Mentions(papers[0], "e:hub", "e:other"),
            Mentions(papers[1], "e:hub", "e:hub", "e:pair"),
            Mentions(papers[2], "e:hub", "e:pair"),
            Mentions(papers[3], "e:hub", "e:single"),
            Mentions(papers[4], "e:hub", "e:other"),
            Mentions(papers[5], "e:hub", "e:undated"),
            Mentions(papers[6], "e:hub", "e:undated"),
        ], Ct);
    }

    private async Task<Dictionary<string, IReadOnlyList<string>>> PerEntityAsync(IEnumerable<string> entityIds, int first)
    {
        var pages = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var entityId in entityIds)
        {
            var page = await Store.GetPaperIdsMentioningAsync(new EntityUsageQuery(entityId, first), Ct);
            if (page.Items.Count > 0)
            {
                pages[entityId] = page.Items.Select(item => item.Node).ToList();
            }
        }

        return pages;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(50)]
    public async Task GetNewestPaperIdsMentioning_SeveralEntities_AgreesWithThePerEntityPages(int perEntity)
    {
        await SeedNewestMentioningAsync();

        var batched = await Store.GetNewestPaperIdsMentioningAsync(NewestEntities, perEntity, Ct);

        var expected = await PerEntityAsync(NewestEntities, perEntity);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), batched.Keys.Order(StringComparer.Ordinal));
        foreach (var (entityId, ids) in expected)
        {
            Assert.Equal(ids, batched[entityId]);
        }

        Assert.False(batched.ContainsKey("e:none"));
    }

    [Fact]
    public async Task GetNewestPaperIdsMentioning_PerEntityCut_KeepsTheNewestThenById()
    {
        await SeedNewestMentioningAsync();

        var newest = await Store.GetNewestPaperIdsMentioningAsync(["e:hub", "e:undated", "e:none", "e:hub"], 3, Ct);

        // Equal dates go by id; a date without a year comes after every dated paper, and no date at all last.
        Assert.Equal(["title:nm5", "title:nm2", "title:nm3"], newest["e:hub"]);
        Assert.Equal(["title:nm6", "title:nm7"], newest["e:undated"]);
        Assert.Equal(2, newest.Count);
        Assert.Empty(await Store.GetNewestPaperIdsMentioningAsync(NewestEntities, 0, Ct));
        Assert.Empty(await Store.GetNewestPaperIdsMentioningAsync([], 10, Ct));
    }
}
