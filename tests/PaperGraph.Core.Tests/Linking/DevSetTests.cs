namespace PaperGraph.Core.Tests.Linking;

/// <summary>
/// Precision/recall on the hand-labelled dev set (tests/PaperGraph.Core.Tests/DevSet). The floors are the
/// figures measured when the labels were frozen, rounded down; a change that loses quality fails here. Each run
/// also writes devset-misses.txt (every false positive and missed mention) beside the test assembly.
/// </summary>
public sealed class DevSetTests(LinkingFixture fixture) : IClassFixture<LinkingFixture>
{
    private DevSetEvaluation Evaluation => _evaluation ??= new DevSetEvaluation(fixture);

    private DevSetEvaluation? _evaluation;

    [Fact]
    public void Mentions_NamedEntities_MeetRecordedFloors()
    {
        var all = Evaluation.Mentions(_ => true, _ => true);
        var known = Evaluation.Mentions(id => !id.StartsWith("unk:", StringComparison.Ordinal), _ => true);
        Report("mentions (all named, incl. names in no catalog)", all);
        Report("mentions (names the catalog or the paper defines)", known);
        foreach (var kind in new[] { "method", "architecture", "model", "dataset", "introduced" })
        {
            Report($"  kind {kind}", Evaluation.Mentions(id => Evaluation.KindOf(id) == kind, id => Evaluation.KindOf(id) == kind));
        }

        File.WriteAllLines(Path.Combine(AppContext.BaseDirectory, "devset-misses.txt"), Evaluation.MentionMisses());
        Assert.True(all.Precision >= MentionPrecisionFloor, $"mention precision {all}");
        Assert.True(known.Recall >= MentionRecallFloor, $"mention recall {known}");
    }

    [Fact]
    public void Introduced_Names_MeetRecordedFloors()
    {
        var score = Evaluation.Introduced();
        Report("introduced entities", score);
        Assert.True(score.Precision >= IntroducedPrecisionFloor && score.Recall >= IntroducedRecallFloor, score.ToString());
    }

    [Fact]
    public void BuildsOn_Links_MeetRecordedFloors()
    {
        var score = Evaluation.BuildsOn();
        Report("builds-on links", score);
        Assert.True(score.Precision >= BuildsOnPrecisionFloor && score.Recall >= BuildsOnRecallFloor, score.ToString());
    }

    /// <summary>Writes to the test output and to devset-figures.txt beside the test assembly, for reading after a run.</summary>
    private static void Report(string what, Score score)
    {
        TestContext.Current.TestOutputHelper?.WriteLine($"{what}: {score}");
        File.AppendAllText(Path.Combine(AppContext.BaseDirectory, "devset-figures.txt"), $"{what}: {score}{Environment.NewLine}");
    }

    // 0.87 since the catalog has CoT, Chain-of-Thought and beam search (0.872 then): the held-out guidelines label them
    // as methods (section 7), the dev set's older labels do not, so its eight such mentions count as false here.
    private const double MentionPrecisionFloor = 0.87;
    private const double MentionRecallFloor = 0.96;
    private const double IntroducedPrecisionFloor = 0.87;
    private const double IntroducedRecallFloor = 0.92;
    private const double BuildsOnPrecisionFloor = 1.0;
    private const double BuildsOnRecallFloor = 1.0;
}
