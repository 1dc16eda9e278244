using System.Net;
using System.Net.Http.Headers;

namespace PaperGraph.Api.Tests.GraphiQL;

public sealed class GraphiQLPageTests(ApiFixture api)
{
    [Fact]
    public async Task Get_BrowserAcceptsHtml_ServesGraphiQLFromLocalFiles()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        using var response = await api.Client.SendAsync(request, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<script src=\"/graphiql/graphiql.min.js\"></script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal); // no CDN
        using var script = await api.Client.GetAsync("/graphiql/graphiql.min.js", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }
}
