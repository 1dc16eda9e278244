using PaperGraph.Core.Graph;
using PaperGraph.Core.Linking;
using PaperGraph.Core.Linking.Catalog;
using PaperGraph.Core.Linking.Matching;

namespace PaperGraph.Core.Tests.Linking.Matching;

/// <summary>
/// <see cref="LinkerDictionary.WithChanges"/> (segments changed per batch, the fast path a graph linker uses) against
/// <see cref="LinkerDictionary.WithIntroduced"/> over the same entities built from scratch (the plain path). The
/// entities are those the set's papers introduce, added a few papers at a time; after every step some earlier
/// ones are changed (an alias dropped, the name changed, so old names must stop matching) and some retired and
/// later re-added, so replaced copies sit in older segments. Every step compares the candidates of every text
/// (ordered by span, stably, as the span resolver reads them), every name's lookup and the entries.
/// </summary>
public sealed class IntroducedMatcherAgreementTests(LinkingFixture fixture) : IClassFixture<LinkingFixture>
{
    private const int PapersPerBatch = 9;

    /// <summary>The sets whose papers introduce names (the variant sentences introduce almost none).</summary>
    public static TheoryData<string> IntroducingSets => [AgreementCorpus.Samples, AgreementCorpus.DevSet, AgreementCorpus.Accented];

    [Theory]
    [MemberData(nameof(IntroducingSets))]
    public async Task WithChanges_BatchAfterBatch_AgreesWithABuildFromScratch(string set)
    {
        var papers = await AgreementCorpus.PapersAsync(set, TestContext.Current.CancellationToken);
        var texts = papers.SelectMany(p => new[] { p.Title, p.Abstract }).ToArray();
        var introducedByPaper = papers.Select(p => fixture.Linker.Link(p, fixture.Dictionary).NewEntities).ToArray();
        Assert.True(introducedByPaper.Sum(e => e.Count) > 20, "the set introduces too few names to compare anything");

        var live = new Dictionary<string, Entity>(StringComparer.Ordinal);
        var retired = new List<Entity>();
        var incremental = fixture.Dictionary;
        var disagreements = new List<string>();
        var step = 0;
        var maxSegments = 0;
        foreach (var batch in introducedByPaper.Chunk(PapersPerBatch))
        {
            step++;
            var upserted = batch.SelectMany(e => e).DistinctBy(e => e.Id).ToDictionary(e => e.Id, StringComparer.Ordinal);
            var removed = new List<string>();

            // Change, retire and bring back earlier entities, chosen by position so every run does the same.
            var earlier = live.Values.Where(e => !upserted.ContainsKey(e.Id)).OrderBy(e => e.Id, StringComparer.Ordinal).ToArray();
            for (var i = step % 5; i < earlier.Length; i += 11)
            {
                upserted[earlier[i].Id] = Changed(earlier[i], step);
            }

            for (var i = step % 7; i < earlier.Length; i += 17)
            {
                if (!upserted.ContainsKey(earlier[i].Id))
                {
                    removed.Add(earlier[i].Id);
                    retired.Add(earlier[i]);
                }
            }

            if (step % 3 == 0 && retired.Count > 0)
            {
                var back = retired[0];
                retired.RemoveAt(0);
                if (!removed.Contains(back.Id))
                {
                    upserted[back.Id] = back;
                }
            }

            foreach (var id in removed)
            {
                live.Remove(id);
            }

            foreach (var entity in upserted.Values)
            {
                live[entity.Id] = entity;
            }

            incremental = incremental.WithChanges(upserted.Values.ToArray(), removed);
            var plain = fixture.Dictionary.WithIntroduced(live.Values);
            maxSegments = Math.Max(maxSegments, incremental.IntroducedSegmentCount);
            Compare(step, incremental, plain, texts, live.Values.Concat(retired), disagreements);
        }

        Assert.True(disagreements.Count == 0, string.Join(Environment.NewLine, disagreements.Take(20)));
        Assert.True(maxSegments > 1, "every step ended in one segment: the segmented path was never compared");
    }

    [Fact]
    public void WithChanges_ManySmallBatches_KeepsFewSegments()
    {
        var dictionary = fixture.Dictionary;
        for (var i = 0; i < 500; i++)
        {
            dictionary = dictionary.WithChanges([Introduced($"new:zorblat-{i:D4}", $"Zorblat{i:D4}")], []);
        }

        Assert.Equal(500, dictionary.Introduced.Count);
        Assert.InRange(dictionary.IntroducedSegmentCount, 1, 8); // one per tier: log4(500) ≈ 4.5, plus the partial ones
    }

    [Fact]
    public void WithChanges_ReplacedAndRemoved_OldNamesStopMatching()
    {
        var first = fixture.Dictionary.WithChanges([Introduced("new:quoxel", "Quoxel"), Introduced("new:brindle-net", "BrindleNet")], []);
        var changed = first.WithChanges([Introduced("new:quoxel", "Quoxel-2")], ["new:brindle-net"]);

        Assert.Equal(["new:quoxel"], Found(changed, "We compare Quoxel-2 with Quoxel and BrindleNet.").Select(c => c.Pattern.Entry.Entity.Id).Distinct());
        Assert.Equal(["Quoxel-2"], Found(changed, "We compare Quoxel-2 with Quoxel and BrindleNet.").Select(c => c.Pattern.Alias).Distinct());
        Assert.Empty(changed.FindByAlias("BrindleNet"));
        Assert.Equal(2, Found(first, "Quoxel and BrindleNet").Count); // the older dictionary is unchanged
    }

    private static void Compare(int step, LinkerDictionary incremental, LinkerDictionary plain, IReadOnlyList<string> texts, IEnumerable<Entity> names, List<string> disagreements)
    {
        var entries = incremental.Introduced.Select(Describe).ToArray();
        var expectedEntries = plain.Introduced.Select(Describe).ToArray();
        if (!entries.SequenceEqual(expectedEntries))
        {
            disagreements.Add($"step {step}: entries differ ({entries.Length} vs {expectedEntries.Length})");
        }

        foreach (var text in texts)
        {
            var fast = Found(incremental, text).Select(Describe).ToArray();
            var slow = Found(plain, text).Select(Describe).ToArray();
            if (!fast.SequenceEqual(slow))
            {
                disagreements.Add($"step {step}, '{text[..Math.Min(50, text.Length)]}…': segments [{string.Join(" ", fast)}], plain [{string.Join(" ", slow)}]");
            }
        }

        foreach (var name in names.SelectMany(e => e.Aliases.Prepend(e.Name)).Distinct(StringComparer.Ordinal))
        {
            var fast = incremental.FindByAlias(name).Select(Describe);
            var slow = plain.FindByAlias(name).Select(Describe);
            if (!fast.SequenceEqual(slow))
            {
                disagreements.Add($"step {step}, lookup '{name}': segments [{string.Join(" ", fast)}], plain [{string.Join(" ", slow)}]");
            }
        }
    }

    /// <summary>Candidates in the order the span resolver reads them: by span, stably.</summary>
    private static List<MatchCandidate> Found(LinkerDictionary dictionary, string text)
    {
        var found = new List<MatchCandidate>();
        dictionary.Find(text, found);
        return [.. found.OrderBy(c => c.Start).ThenBy(c => c.End)];
    }

    private static string Describe(MatchCandidate c) => $"{c.Start}-{c.End}:{c.Pattern.Entry.Entity.Id}/{c.Pattern.Key}/{c.Pattern.ExactForm}/{c.Origin}";

    private static string Describe(CatalogEntry e) => $"{e.Entity.Id}[{string.Join("|", e.Aliases.Select(a => a.Text))}]";

    /// <summary>The entity with its last alias dropped, or its name changed when it has none.</summary>
    private static Entity Changed(Entity entity, int step) => entity.Aliases.Count > 0
        ? entity with { Aliases = entity.Aliases.Take(entity.Aliases.Count - 1).ToArray() }
        : entity with { Name = $"{entity.Name}-{step}" };

    private static Entity Introduced(string id, string name) =>
        new() { Id = id, Name = name, Kind = EntityKind.Method, Source = "introduced" };
}
