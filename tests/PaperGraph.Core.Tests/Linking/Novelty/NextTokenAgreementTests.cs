using System.Text.RegularExpressions;
using PaperGraph.Core.Linking.Novelty;

namespace PaperGraph.Core.Tests.Linking.Novelty;

/// <summary>
/// <see cref="CueSentenceNames.NextToken"/> reads a cue sentence word by word without a regex; the plain path is the
/// regex it replaced, run over the same range alone. Both must give the same tokens, in the same order, for every
/// range the tests try: each whole text, and windows as long as a cue sentence's starting every few words.
/// </summary>
public sealed class NextTokenAgreementTests
{
    private static readonly Regex Token = new(@"(?<before>, |\(| )(?<word>[A-Za-z0-9][\w+-]*)", RegexOptions.CultureInvariant);

    [Theory]
    [MemberData(nameof(AgreementCorpus.Sets), MemberType = typeof(AgreementCorpus))]
    public async Task NextToken_Texts_AgreesWithRegex(string set)
    {
        var disagreements = new List<string>();
        foreach (var text in await AgreementCorpus.TextsAsync(set, TestContext.Current.CancellationToken))
        {
            foreach (var (from, to) in Ranges(text))
            {
                var fast = Fast(text, from, to);
                var plain = Token.Matches(text[from..to]).Select(m => (m.Groups["before"].Value, from + m.Groups["word"].Index, from + m.Groups["word"].Index + m.Groups["word"].Length)).ToArray();
                if (!fast.SequenceEqual(plain))
                {
                    disagreements.Add($"[{from}, {to}) of '{text}': fast [{string.Join(" ", fast)}] plain [{string.Join(" ", plain)}]");
                }
            }
        }

        Assert.Empty(disagreements);
    }

    private static (string Before, int Start, int End)[] Fast(string text, int from, int to)
    {
        var tokens = new List<(string, int, int)>();
        for (var at = from; CueSentenceNames.NextToken(text, at, to, out var before, out var start, out at);)
        {
            tokens.Add((before, start, at));
        }

        return [.. tokens];
    }

    /// <summary>The whole text, then windows of 220 chars (a cue sentence's) starting every 37 chars, so ranges end mid-word too.</summary>
    private static IEnumerable<(int From, int To)> Ranges(string text)
    {
        yield return (0, text.Length);
        for (var from = 0; from < text.Length; from += 37)
        {
            yield return (from, Math.Min(text.Length, from + 220));
        }
    }
}
