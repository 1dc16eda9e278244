using PaperGraph.Core.Graph;
using PaperGraph.Core.Linking;
using PaperGraph.Core.Linking.Catalog;
using PaperGraph.Core.Linking.Usage;

namespace PaperGraph.Core.Tests.Linking.Usage;

/// <summary>
/// <see cref="UsedNames.Find"/>, which skips a field without a coined word no linked span touches (the fast path),
/// against <see cref="UsedNames.FindEverywhere"/>, which splits every field (the plain path): the same names with the
/// same kinds and entities in the same order, for every title and abstract of the agreement texts, each with the
/// spans the linker resolved in it.
/// </summary>
public sealed class UsedNamesAgreementTests(LinkingFixture fixture) : IClassFixture<LinkingFixture>
{
    [Theory]
    [MemberData(nameof(AgreementCorpus.Sets), MemberType = typeof(AgreementCorpus))]
    public async Task Find_SkippingFieldsWithoutNames_AgreesWithSplittingEveryField(string set)
    {
        var papers = await AgreementCorpus.PapersAsync(set, TestContext.Current.CancellationToken);
        var disagreements = new List<string>();
        var found = 0;
        foreach (var paper in papers)
        {
            var result = fixture.Linker.Link(paper, fixture.Dictionary);
            var introduced = result.NewEntities.ToDictionary(e => e.Id, CatalogEntry.ForIntroduced);
            foreach (var (field, text) in new[] { (MentionField.Title, paper.Title), (MentionField.Abstract, paper.Abstract) })
            {
                var chosen = result.Annotations.Mentions
                    .Where(m => m.Field == field && (fixture.Catalog.Find(m.EntityId) ?? introduced.GetValueOrDefault(m.EntityId)) is not null)
                    .Select(m => new ResolvedMention(m.Start, m.End, fixture.Catalog.Find(m.EntityId) ?? introduced[m.EntityId], m.Score))
                    .ToList();
                var fast = new UsedNames.Found();
                var plain = new UsedNames.Found();
                UsedNames.Find(text, chosen, fixture.Catalog, [], fast);
                UsedNames.FindEverywhere(text, chosen, fixture.Catalog, [], plain);
                found += plain.Order.Count;
                var fastText = string.Join("; ", fast.Order.Select(n => $"{n}={fast.Uses[n]}"));
                var plainText = string.Join("; ", plain.Order.Select(n => $"{n}={plain.Uses[n]}"));
                if (fastText != plainText)
                {
                    disagreements.Add($"{paper.Id} {field}: fast [{fastText}] plain [{plainText}]");
                }
            }
        }

        Assert.Empty(disagreements);
        Assert.True(set is not (AgreementCorpus.Samples or AgreementCorpus.Accented) || found > 0, "the set has no used name to compare");
    }
}
