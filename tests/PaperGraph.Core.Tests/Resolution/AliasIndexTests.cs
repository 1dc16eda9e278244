using PaperGraph.Core.Linking;
using PaperGraph.Core.Resolution;

namespace PaperGraph.Core.Tests.Resolution;

public sealed class AliasIndexTests
{
    private static readonly AliasIndex Index = new(EntityCatalog.LoadEmbedded().Entities);

    [Fact]
    public void SharingTrigrams_PrefixFilter_KeepsEveryEntryAMisspellingCouldMatch()
    {
        // Misspell real catalog names (drop, swap, substitute, insert) and compare the filtered candidates with
        // the unfiltered ones: every entry that passes the resolver's exact checks must survive the filter.
        var random = new Random(20261123);
        var names = Index.Entities.Values.Select(e => e.Name).Where(n => n.Length >= 4).OrderBy(n => n, StringComparer.Ordinal).ToArray();
        var checkedPairs = 0;
        for (var i = 0; i < 150; i++)
        {
            var key = AliasKey.Normalize(Misspell(names[random.Next(names.Length)], random));
            var trigrams = Trigrams.Of(key);
            var minShared = Math.Max(trigrams.Count - (3 * EditDistance.MaxAllowed), (int)Math.Ceiling(EntityResolver.TrigramFloor * trigrams.Count));
            var filtered = Index.SharingTrigrams(trigrams, minShared).ToHashSet();
            foreach (var entry in Index.SharingTrigrams(trigrams, minShared: 1))
            {
                var passes = Trigrams.Similarity(trigrams, entry.Trigrams) >= EntityResolver.TrigramFloor
                    && EditDistance.Between(key, entry.Key) <= EditDistance.AllowedFor(Math.Max(key.Length, entry.Key.Length));
                if (passes)
                {
                    checkedPairs++;
                    Assert.Contains(entry, filtered);
                }
            }
        }

        Assert.True(checkedPairs > 100, $"only {checkedPairs} passing pairs: the test would prove little");
    }

    private static string Misspell(string name, Random random)
    {
        var at = random.Next(1, name.Length - 1);
        return random.Next(4) switch
        {
            0 => name.Remove(at, 1),
            1 => name[..(at - 1)] + name[at] + name[at - 1] + name[(at + 1)..],
            2 => name[..at] + 'x' + name[(at + 1)..],
            _ => name.Insert(at, "e"),
        };
    }
}
