using PaperGraph.Testing;

namespace PaperGraph.Api.Tests.Transport;

/// <summary>CORS: off by default; with <c>Cors:AllowedOrigins</c> only those origins get the headers.</summary>
public sealed class CorsTests(ApiFixture api)
{
    [Fact]
    public async Task Preflight_Default_SendsNoCorsHeaders()
    {
        using var response = await api.Client.SendAsync(Preflight("https://app.example.org"), TestContext.Current.CancellationToken);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Preflight_ConfiguredOrigin_IsAllowedAndOthersAreNot()
    {
        using var temp = new TempDirectory();
        await using var factory = ApiFixture.CreateFactory(temp.File("cors.db"))
            .WithWebHostBuilder(web => web.UseSetting("Cors:AllowedOrigins:0", "https://app.example.org"));
        using var client = factory.CreateClient();

        using var allowed = await client.SendAsync(Preflight("https://app.example.org"), TestContext.Current.CancellationToken);
        using var other = await client.SendAsync(Preflight("https://evil.example.com"), TestContext.Current.CancellationToken);

        Assert.Equal("https://app.example.org", Assert.Single(allowed.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("POST", string.Join(",", allowed.Headers.GetValues("Access-Control-Allow-Methods")), StringComparison.Ordinal);
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("authorization")]
    [InlineData("x-api-key")]
    public async Task Preflight_ConfiguredOrigin_AllowsTheCredentialHeaders(string header)
    {
        using var temp = new TempDirectory();
        await using var factory = ApiFixture.CreateFactory(temp.File("cors-key.db"))
            .WithWebHostBuilder(web => web.UseSetting("Cors:AllowedOrigins:0", "https://app.example.org"));
        using var client = factory.CreateClient();
        using var request = Preflight("https://app.example.org", "content-type," + header);

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        var allowed = string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers"));
        Assert.Contains(header, allowed, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Start_AnOriginWithAPath_FailsNamingTheKey()
    {
        using var temp = new TempDirectory();
        using var factory = ApiFixture.CreateFactory(temp.File("cors-bad.db"))
            .WithWebHostBuilder(web => web.UseSetting("Cors:AllowedOrigins:0", "https://app.example.org/graphql"));

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Cors:AllowedOrigins", error.ToString(), StringComparison.Ordinal);
    }

    private static HttpRequestMessage Preflight(string origin, string headers = "content-type")
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", headers);
        return request;
    }
}
