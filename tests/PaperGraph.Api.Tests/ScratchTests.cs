namespace PaperGraph.Api.Tests;

public sealed class ScratchTests(ApiFixture api)
{
    [Fact]
    public async Task Scratch_Dump()
    {
        var (status, body) = await api.PostAsync(Environment.GetEnvironmentVariable("Q") ?? "{ papers(first: 3) { totalCount edges { node { id title } } } }");
        File.WriteAllText("/tmp/scratch.json", status + "\n" + body.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
    }
}
