using PaperGraph.Core.Tests.Linking;

namespace PaperGraph.Core.Tests.HeldOut;

/// <summary>
/// Linking quality on the held-out set (HeldOut/, labelled under GUIDELINES.md before the linker ever ran on it),
/// with 95% Wilson intervals, and the dev set's figures with the same intervals beside them. The floors are the
/// figures of the first linker scored against the frozen labels (main at 45ee055: mentions P 0.877 R 0.557,
/// introduced P 0.932 R 0.649), rounded down a little, so a change that loses quality fails here. Each run
/// writes heldout-figures.txt and heldout-misses.txt beside the test assembly.
/// </summary>
public sealed class HeldOutTests(LinkingFixture fixture) : IClassFixture<LinkingFixture>
{
    [Fact]
    public void Figures_MeetRecordedFloors()
    {
        var evaluation = new HeldOutEvaluation(fixture, HeldOutLabels.Load());
        var mentions = evaluation.Mentions();
        var introduced = evaluation.Introduced();
        var lines = evaluation.Figures("held-out set").ToList();
        lines.AddRange(DevSetFigures());
        File.WriteAllLines(Path.Combine(AppContext.BaseDirectory, "heldout-figures.txt"), lines);
        File.WriteAllLines(Path.Combine(AppContext.BaseDirectory, "heldout-misses.txt"), evaluation.Misses());
        foreach (var line in lines)
        {
            TestContext.Current.TestOutputHelper?.WriteLine(line);
        }

        Assert.True(mentions.Precision.Value >= MentionPrecisionFloor && mentions.Recall.Value >= MentionRecallFloor, $"held-out mentions {mentions}");
        Assert.True(introduced.Precision.Value >= IntroducedPrecisionFloor && introduced.Recall.Value >= IntroducedRecallFloor, $"held-out introduced {introduced}");
    }

    /// <summary>The dev set scored as DevSetTests scores it (spans and entity ids), with intervals.</summary>
    private IEnumerable<string> DevSetFigures()
    {
        var dev = new DevSetEvaluation(fixture);
        static string Format(Score s) => $"P={new Proportion(s.TruePositives, s.Predicted)} R={new Proportion(s.TruePositives, s.Gold)}";
        yield return $"dev set (tuning set): {dev.Papers.Count} papers";
        yield return $"  named mentions (span and entity): {Format(dev.Mentions(_ => true, _ => true))}";
        yield return $"  named mentions, names the catalog or the paper defines: {Format(dev.Mentions(id => !id.StartsWith("unk:", StringComparison.Ordinal), _ => true))}";
        yield return $"  introduced entities (folded name): {Format(dev.Introduced())}";
        yield return $"  builds-on links: {Format(dev.BuildsOn())}";
    }

    private const double MentionPrecisionFloor = 0.86;
    private const double MentionRecallFloor = 0.54;
    private const double IntroducedPrecisionFloor = 0.90;
    private const double IntroducedRecallFloor = 0.62;
}
