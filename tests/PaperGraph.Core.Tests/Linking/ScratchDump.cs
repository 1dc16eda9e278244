namespace PaperGraph.Core.Tests.Linking;

public sealed class ScratchDump(LinkingFixture fixture) : IClassFixture<LinkingFixture>
{
    [Fact]
    public async Task Dump_Samples_Writes()
    {
        var papers = await SamplePapers.ReadAsync(TestContext.Current.CancellationToken);
        using var writer = new StreamWriter(Environment.GetEnvironmentVariable("DUMP_PATH") ?? "dump.txt");
        foreach (var paper in papers)
        {
            var result = fixture.Linker.Link(paper, fixture.Dictionary);
            writer.WriteLine($"## {paper.Id} | {paper.Title}");
            writer.WriteLine($"   introduced: {string.Join(", ", result.Annotations.IntroducedEntityIds)}");
            foreach (var m in result.Annotations.Mentions)
            {
                writer.WriteLine($"   {m.Field} [{m.Start},{m.End}) '{m.Surface}' -> {m.EntityId} {m.Score}");
            }
        }
        Assert.NotEmpty(papers);
    }
}
