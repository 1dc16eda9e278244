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
            var trigrams = Index.TrigramsOf(key);
            var minShared = Math.Max(trigrams.Length - (3 * EditDistance.MaxAllowed), (int)Math.Ceiling(EntityResolver.TrigramFloor * trigrams.Length));
            var filtered = Index.SharingTrigrams(trigrams, minShared, key.Length - EditDistance.MaxAllowed, key.Length + EditDistance.MaxAllowed).ToHashSet();
            foreach (var entry in Index.Entries)
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

    [Fact]
    public void TrigramSimilarity_OnNumberedTrigrams_EqualsTheSetDefinition()
    {
        // The resolver compares trigram numbers by merging sorted arrays; the plain definition is |A ∩ B| / |A ∪ B|
        // over the trigram strings. Query keys include trigrams no entry has (numbered negative).
        var random = new Random(20261205);
        var keys = Index.Entries.Select(e => e.Key).Where(k => k.Length >= 3).OrderBy(k => k, StringComparer.Ordinal).ToArray();
        for (var i = 0; i < 500; i++)
        {
            var left = i % 3 == 0 ? AliasKey.Normalize(Misspell(keys[random.Next(keys.Length)], random) + "qzx") : keys[random.Next(keys.Length)];
            var right = keys[random.Next(keys.Length)];
            var a = Trigrams.Of(left);
            var b = Trigrams.Of(right);
            var plain = (double)a.Count(b.Contains) / a.Union(b).Count();
            Assert.Equal(plain, Trigrams.Similarity(Index.TrigramsOf(left), Index.TrigramsOf(right)), 12);
        }
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
