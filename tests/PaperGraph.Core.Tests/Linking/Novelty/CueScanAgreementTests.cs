using System.Text.RegularExpressions;
using PaperGraph.Core.Linking.Novelty;

namespace PaperGraph.Core.Tests.Linking.Novelty;

/// <summary>
/// <see cref="CueScan"/> tries each cue pattern anchored, only near cue words; the plain path is the unanchored
/// pattern's Match/NextMatch over the whole text. Both must give the same matches, for each of the three patterns.
/// The probes are built from the same word lists as the patterns, so every subject and verb is tried even where
/// no abstract uses it; the invariants are what the scan assumes of every match, so they fail when a pattern is
/// changed in a way its lists and limits do not follow.
/// </summary>
public sealed class CueScanAgreementTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(AgreementCorpus.Sets), MemberType = typeof(AgreementCorpus))]
    public async Task Matches_Texts_AgreeWithUnanchoredRegex(string set)
    {
        var texts = await AgreementCorpus.TextsAsync(set, Token);

        Assert.Empty(texts.SelectMany(Disagreements));
    }

    [Fact]
    public void Matches_ProbesFromTheWordLists_AgreeWithUnanchoredRegex()
    {
        var probes = Probes().ToArray();

        Assert.Empty(probes.SelectMany(Disagreements));
        Assert.All(Split(NoveltyDetector.Subjects), s => Assert.Contains(probes, p => NoveltyDetector.CueMatches(p, NoveltyDetector.Scan.WordStarts(p)).Any(m => m.Value.StartsWith(s, StringComparison.Ordinal))));
        Assert.All(Split(CueSentenceNames.Subjects), s => Assert.Contains(probes, p => CueSentenceNames.CueMatches(p, NoveltyDetector.Scan.WordStarts(p)).Any(m => m.Value.StartsWith(s, StringComparison.Ordinal))));
    }

    [Fact]
    public async Task WordLists_EveryMatchOfTheTexts_StartsAndHoldsWhatTheScanLooksFor()
    {
        var texts = Probes().ToList();
        foreach (var set in AgreementCorpus.Names)
        {
            texts.AddRange(await AgreementCorpus.TextsAsync(set, Token));
        }

        var broken = new List<string>();
        foreach (var text in texts)
        {
            foreach (var pattern in Patterns())
            {
                foreach (Match match in pattern.Unanchored.Matches(text))
                {
                    if (!pattern.StartWords.Any(w => match.Value.StartsWith(w, StringComparison.Ordinal)))
                    {
                        broken.Add($"{pattern.Name}: '{match.Value}' starts with none of its start words");
                    }

                    var cue = CueWordAt(text, match, pattern.CueWords);
                    if (cue < 0)
                    {
                        broken.Add($"{pattern.Name}: '{match.Value}' holds none of its cue words at a word start");
                    }
                    else if (pattern.EarliestStart(text, cue) > match.Index)
                    {
                        broken.Add($"{pattern.Name}: '{match.Value}' starts before the earliest start its cue word allows");
                    }
                }
            }
        }

        Assert.Empty(broken);
    }

    [Fact]
    public void LongestSubject_EqualsTheLongestSubjectOfEachPattern()
    {
        Assert.Equal(Split(NoveltyDetector.Subjects).Max(s => s.Length), NoveltyDetector.LongestSubject);
        Assert.Equal(Split(CueSentenceNames.Subjects).Concat(Split(CueSentenceNames.Owners)).Max(s => s.Length), CueSentenceNames.LongestSubject);
        Assert.Equal("This paper".Length, NoveltyDetector.LongestSubject);
        Assert.Equal("this study".Length, CueSentenceNames.LongestSubject);
    }

    private static IEnumerable<string> Disagreements(string text)
    {
        var wordStarts = NoveltyDetector.Scan.WordStarts(text);
        foreach (var pattern in Patterns())
        {
            var fast = pattern.Fast(text, wordStarts).Select(m => (m.Index, m.Value)).ToArray();
            var plain = pattern.Unanchored.Matches(text).Select(m => (m.Index, m.Value)).ToArray();
            if (!fast.SequenceEqual(plain))
            {
                yield return $"{pattern.Name} in '{text}': fast [{string.Join(" | ", fast)}] plain [{string.Join(" | ", plain)}]";
            }
        }
    }

    /// <summary>The index of the first cue word at a word start inside the match, or -1.</summary>
    private static int CueWordAt(string text, Match match, IEnumerable<string> cueWords)
    {
        for (var at = match.Index; at < match.Index + match.Length; at++)
        {
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && cueWords.Any(w => text.AsSpan(at).StartsWith(w, StringComparison.Ordinal)))
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>Sentences built from each pattern's lists: every subject with every verb, with and without an "-ly" word.</summary>
    private static IEnumerable<string> Probes()
    {
        foreach (var subject in Split(NoveltyDetector.Subjects))
        {
            foreach (var verb in Split(NoveltyDetector.Verbs))
            {
                yield return $"Here {subject} {verb} KeyNet, a model. In turn,  {subject}\u00A0{verb}d GAM-2.";
            }
        }

        foreach (var namer in Split(NoveltyDetector.Namers))
        {
            yield return $"a new framework {namer} \"LongBench\" and one {namer} KeyFace.";
        }

        foreach (var subject in Split(CueSentenceNames.Subjects))
        {
            foreach (var verb in Split(CueSentenceNames.Verbs))
            {
                yield return $"Then {subject} {verb} a model, TDB. Then {subject} carefully {verb}s the Gated Memory (GAM) network.";
            }
        }

        foreach (var owner in Split(CueSentenceNames.Owners))
        {
            yield return $"It uses {owner} proposed model and {owner} newly proposed method.";
        }

        foreach (var word in Split(CueSentenceNames.NovelWords))
        {
            yield return $"To that end, a {word} memory mechanism, Synaptic Resonance, is introduced.";
        }
    }

    private static string[] Split(string alternatives) => alternatives.Split('|');

    private static CuePattern[] Patterns() =>
    [
        new("NoveltyDetector cue", NoveltyDetector.CueMatches, new Regex(NoveltyDetector.Cue, RegexOptions.CultureInvariant),
            NoveltyDetector.CueStarts, NoveltyDetector.CueWords, NoveltyDetector.EarliestStart),
        new("CueSentenceNames cue", CueSentenceNames.CueMatches, new Regex(CueSentenceNames.CueText, RegexOptions.CultureInvariant),
            CueSentenceNames.CueSubjects, CueSentenceNames.CueVerbs, CueSentenceNames.CueStart),
        new("CueSentenceNames passive", CueSentenceNames.PassiveMatches, new Regex(CueSentenceNames.PassiveText, RegexOptions.CultureInvariant),
            CueSentenceNames.PassiveWords, CueSentenceNames.PassiveWords, static (_, word) => word),
    ];

    private sealed record CuePattern(
        string Name,
        Func<string, IReadOnlyList<int>, IEnumerable<Match>> Fast,
        Regex Unanchored,
        IReadOnlyList<string> StartWords,
        IReadOnlyList<string> CueWords,
        Func<string, int, int> EarliestStart);
}
