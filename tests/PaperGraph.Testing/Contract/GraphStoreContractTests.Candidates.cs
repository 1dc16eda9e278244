using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;
using static PaperGraph.Testing.Contract.TestData;

namespace PaperGraph.Testing.Contract;

/// <summary>
/// The word index the linker's relink candidates come from (<see cref="IGraphStore.FindPaperIdsWithWordsAsync"/>)
/// is a fast path for the plain one, a paged search per text: both must find the same papers, including
/// accented and non-Latin text, texts of common words only or in part (a store may leave those out of its
/// index), and follow a paper whose text changes.
/// </summary>
public abstract partial class GraphStoreContractTests
{
    private static readonly string[] CandidateTexts =
    [
        "mamba", "Mamba", "state space", "STATE-SPACE", "GPT-3.5", "gpt 3 5", "qwen2.5", "café", "Cafe", "naïve Bayes",
        "don't", "Überblick", "überblick", "Ωmega", "ωmega net", "トランスフォーマー", "attention", "nothing-here", "---",
        "the", "of the", "over", "attention over", "study of attention", "We don't", "a naive study",
    ];

    private async Task SeedCandidatePapersAsync()
    {
        await SeedSearchPapersAsync();
        await Store.UpsertPapersAsync(
        [
            Record(Paper("title:gpt", "GPT-3.5 and qwen2.5", "We don't compare naïve Bayes with GPT-3.5.", Date(2024, 5, 1))),
            Record(Paper("title:cafe", "Café au lait", "Ein Überblick: the CAFE data set and Ωmega nets.", Date(2024, 6, 1))),
            Record(Paper("title:jp", "トランスフォーマー の 研究", "A naive study of attention.", Date(2024, 7, 1))),
        ], Ct);
    }

    private async Task<IReadOnlyList<string>> SearchAllAsync(string text)
    {
        var ids = new List<string>();
        string? after = null;
        Page<Paper> page;
        do
        {
            page = await Store.QueryPapersAsync(new PaperQuery(new PaperFilter { Search = text }, PaperOrder.Id, 2, after), Ct);
            ids.AddRange(page.Items.Select(i => i.Node.Id));
            after = page.EndCursor;
        }
        while (page.HasNextPage);

        return ids;
    }

    [Fact]
    public async Task FindPaperIdsWithWords_Texts_AgreesWithSearch()
    {
        await SeedCandidatePapersAsync();

        var found = await Store.FindPaperIdsWithWordsAsync(CandidateTexts, Ct);

        var compared = 0;
        // A text with no word finds nothing here, whatever search does with it (it is no filter on some stores).
        foreach (var text in CandidateTexts.Where(t => t.Any(char.IsLetterOrDigit)))
        {
            var expected = await SearchAllAsync(text);
            var actual = found.TryGetValue(text, out var ids) ? ids.Order(StringComparer.Ordinal).ToList() : [];
            Assert.True(expected.SequenceEqual(actual), $"'{text}': search [{string.Join(", ", expected)}], index [{string.Join(", ", actual)}]");
            compared += expected.Count;
        }

        Assert.True(compared >= 10, "the texts found too little to compare");
        Assert.Contains("title:cafe", found["café"]);
        Assert.False(found.ContainsKey("---"));
    }

    [Fact]
    public async Task FindPaperIdsWithWords_PaperTextChanged_FollowsTheNewText()
    {
        await SeedCandidatePapersAsync();
        await Store.UpsertPapersAsync([Record(Paper("title:cafe", "Tea", "Nothing about coffee.", Date(2024, 6, 1)))], Ct);

        var found = await Store.FindPaperIdsWithWordsAsync(["café", "coffee", "Überblick"], Ct);

        Assert.False(found.ContainsKey("café"));
        Assert.False(found.ContainsKey("Überblick"));
        Assert.Equal(["title:cafe"], found["coffee"]);
        Assert.Empty(await Store.FindPaperIdsWithWordsAsync([], Ct));
    }

    [Fact]
    public async Task FindPaperIdsMentioningAny_Entities_IsTheUnionOfEachEntitysMentioners()
    {
        await SeedCandidatePapersAsync();
        await Store.UpsertEntitiesAsync([Entity("e:mamba", "Mamba"), Entity("e:attention", "attention"), Entity("e:idle", "Idle")], Ct);
        var papers = await Store.GetPapersAsync(["title:mamba", "title:mambaformer", "title:transformer", "title:jp"], Ct);
        await Store.SaveAnnotationsAsync(
        [
            new PaperAnnotations("title:mamba", [Mention(papers["title:mamba"], "e:mamba", "Mamba")], []),
            new PaperAnnotations("title:mambaformer", [Mention(papers["title:mambaformer"], "e:attention", "attention")], []),
            new PaperAnnotations("title:transformer", [Mention(papers["title:transformer"], "e:attention", "attention"), Mention(papers["title:transformer"], "e:mamba", "mamba")], []),
            new PaperAnnotations("title:jp", [Mention(papers["title:jp"], "e:attention", "attention")], []),
        ], Ct);

        var any = await Store.FindPaperIdsMentioningAnyAsync(["e:mamba", "e:attention", "e:idle", "e:missing"], Ct);

        var plain = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var entityId in new[] { "e:mamba", "e:attention", "e:idle", "e:missing" })
        {
            plain.UnionWith((await Store.GetPaperIdsMentioningAsync(new EntityUsageQuery(entityId, 100), Ct)).Items.Select(i => i.Node));
        }

        Assert.Equal(plain, any.Order(StringComparer.Ordinal));
        Assert.Equal(4, any.Count);
        Assert.Empty(await Store.FindPaperIdsMentioningAnyAsync([], Ct));
    }
}
