using PaperGraph.Core.Graph;
using PaperGraph.Core.Linking;
using PaperGraph.Core.Linking.Abbreviations;
using PaperGraph.Core.Linking.Catalog;
using PaperGraph.Core.Linking.Matching;

namespace PaperGraph.Core.Tests.Linking;

/// <summary>
/// <see cref="RelinkFilter"/> reads a paper's text without matching, to skip papers a changed introduced entity
/// cannot touch; the plain path is what the linker does: the matcher over introduced entries, and the paper's
/// abbreviation definitions looked up by key. The filter may keep a paper the linker would not react to (it is a
/// pre-filter), but must keep every paper the linker would react to. The entities are those the linker finds
/// introduced in the set, and one per name it mentions there, each with its name as an exact alias.
/// </summary>
public sealed class RelinkFilterAgreementTests(LinkingFixture fixture) : IClassFixture<LinkingFixture>
{
    [Theory]
    [MemberData(nameof(AgreementCorpus.Sets), MemberType = typeof(AgreementCorpus))]
    public async Task MayMention_Texts_KeepsEveryPaperTheMatcherReactsTo(string set)
    {
        var papers = await AgreementCorpus.PapersAsync(set, TestContext.Current.CancellationToken);
        var linked = papers.Select(p => fixture.Linker.Link(p, fixture.Dictionary)).ToArray();
        var entries = linked.SelectMany(r => r.NewEntities)
            .Concat(linked.SelectMany(r => r.Annotations.Mentions).Select(m => m.Surface).Distinct(StringComparer.Ordinal)
                .Select(surface => new Entity { Id = "test:" + surface, Name = surface, Kind = EntityKind.Method, Source = "test" }))
            .DistinctBy(e => e.Id)
            .Select(CatalogEntry.ForIntroduced)
            .ToArray();
        var matcher = new AliasMatcher(entries, MatchOrigin.Introduced);
        var missed = new List<string>();
        var reacted = 0;
        foreach (var paper in papers)
        {
            foreach (var form in MatchedForms(matcher, paper).Concat(DefinedForms(entries, paper)).Distinct(StringComparer.Ordinal))
            {
                reacted++;
                if (!RelinkFilter.MayMention(paper, form))
                {
                    missed.Add($"{paper.Id}: '{form}'");
                }
            }
        }

        Assert.True(reacted > 0, "the matcher reacted to nothing");
        Assert.True(missed.Count == 0, string.Join(Environment.NewLine, missed));
    }

    /// <summary>The written forms the matcher finds in the paper's title or abstract.</summary>
    private static IEnumerable<string> MatchedForms(AliasMatcher matcher, Paper paper)
    {
        var found = new List<MatchCandidate>();
        matcher.Find(paper.Title, found);
        matcher.Find(paper.Abstract, found);
        return found.Select(c => c.Pattern.ExactForm!);
    }

    /// <summary>The forms of every alias one of the paper's abbreviation definitions spells (by key, as the linker looks them up).</summary>
    private static IEnumerable<string> DefinedForms(IEnumerable<CatalogEntry> entries, Paper paper)
    {
        var keys = AbbreviationDetector.Find(paper.Title).Concat(AbbreviationDetector.Find(paper.Abstract))
            .SelectMany(d => new[] { TextFolding.Key(d.Long), TextFolding.Key(d.Short) })
            .ToHashSet(StringComparer.Ordinal);
        return entries.SelectMany(e => e.Aliases).SelectMany(a => AliasVariants.Of(a.Text)).Where(form => keys.Contains(TextFolding.Key(form)));
    }
}
