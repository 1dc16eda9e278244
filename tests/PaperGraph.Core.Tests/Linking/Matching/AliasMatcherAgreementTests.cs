using PaperGraph.Core.Linking.Matching;

namespace PaperGraph.Core.Tests.Linking.Matching;

/// <summary>
/// Below <c>TrieThreshold</c> patterns (a paper's own names) <see cref="AliasMatcher"/> skips the trie and scans
/// pattern by pattern (ScanEach): an IndexOf per first word in an ASCII field, every position otherwise. Over the
/// same entries, the trie and ScanEach must give the same candidates, and those of one span in the same order: the
/// trie reports by start and ScanEach by end, and only the order within a span matters (the span resolver's sort is
/// stable), so both are compared in a stable sort by span. For each field the
/// entries are those of the catalog whose first word the field holds (so most are near misses), capped so the
/// plain scan stays quick; the trie runs ScanAny on the accented fields, so this is also ScanAny's plain check.
/// </summary>
public sealed class AliasMatcherAgreementTests(LinkingFixture fixture) : IClassFixture<LinkingFixture>
{
    private const int EntriesPerField = 120;

    [Theory]
    [MemberData(nameof(AgreementCorpus.Sets), MemberType = typeof(AgreementCorpus))]
    public async Task Trie_Texts_AgreesWithScanEach(string set)
    {
        var byFirstWord = fixture.Catalog.Entries.Where(e => e.Linkable)
            .SelectMany(e => e.Aliases.SelectMany(a => AliasVariants.Of(a.Text)).Select(form => (Word: TextFolding.Key(form).Split(' ')[0], Entry: e)))
            .GroupBy(x => x.Word, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Entry).Distinct().ToArray(), StringComparer.Ordinal);
        var disagreements = new List<string>();
        foreach (var text in await AgreementCorpus.TextsAsync(set, TestContext.Current.CancellationToken))
        {
            var entries = TextFolding.Key(text).Split(' ').Distinct(StringComparer.Ordinal)
                .SelectMany(word => byFirstWord.GetValueOrDefault(word) ?? [])
                .Distinct()
                .OrderBy(e => e.Entity.Id, StringComparer.Ordinal)
                .Take(EntriesPerField)
                .ToArray();
            var fast = Candidates(new AliasMatcher(entries, MatchOrigin.Catalog, trie: true), text);
            var plain = Candidates(new AliasMatcher(entries, MatchOrigin.Catalog, trie: false), text);
            if (!fast.SequenceEqual(plain))
            {
                disagreements.Add($"'{text[..Math.Min(60, text.Length)]}…': trie only [{string.Join(" ", fast.Except(plain))}], scan-each only [{string.Join(" ", plain.Except(fast))}]");
            }
        }

        Assert.True(disagreements.Count == 0, string.Join(Environment.NewLine, disagreements));
    }

    private static (int Start, int End, string Id, string Key, string? ExactForm)[] Candidates(AliasMatcher matcher, string text)
    {
        var found = new List<MatchCandidate>();
        matcher.Find(text, found);
        return [.. found.Select(c => (c.Start, c.End, c.Pattern.Entry.Entity.Id, c.Pattern.Key, c.Pattern.ExactForm)).OrderBy(c => (c.Start, c.End))];
    }
}
