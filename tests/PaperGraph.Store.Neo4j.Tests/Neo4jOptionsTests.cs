using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace PaperGraph.Store.Neo4j.Tests;

public sealed class Neo4jOptionsTests
{
    [Theory]
    [InlineData("Url", "not a url")]
    [InlineData("BatchSize", "0")]
    [InlineData("RequestTimeout", "00:00:00")]
    public void AddNeo4jGraphStore_BadSetting_FailsNamingTheKey(string key, string value)
    {
        var settings = new Dictionary<string, string?> { ["Neo4j:Url"] = "http://127.0.0.1:7474", ["Neo4j:" + key] = value };
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddLogging()
            .AddNeo4jGraphStore();
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<Neo4jOptions>>().Value);

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }
}
