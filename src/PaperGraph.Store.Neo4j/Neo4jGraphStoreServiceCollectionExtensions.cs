using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using PaperGraph.Core.Storage;
using PaperGraph.Store.Neo4j.Http;

namespace PaperGraph.Store.Neo4j;

/// <summary>Composition of the Neo4j store: options, the named HTTP client, the named resilience pipeline.</summary>
public static class Neo4jGraphStoreServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IGraphStore"/> as <see cref="Neo4jGraphStore"/>, configured from the <c>Neo4j</c> section.</summary>
    public static IServiceCollection AddNeo4jGraphStore(this IServiceCollection services)
    {
        services.AddOptions<Neo4jOptions>()
            .BindConfiguration(Neo4jOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddHttpClient(CypherClient.HttpClientName, (provider, client) =>
        {
            var options = provider.GetRequiredService<IOptions<Neo4jOptions>>().Value;
            client.BaseAddress = new Uri(options.Url);
            // The resilience pipeline owns time limits (per attempt); HttpClient's own would fight it.
            client.Timeout = Timeout.InfiniteTimeSpan;
            if (!string.IsNullOrEmpty(options.User))
            {
                var token = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}"));
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", token);
            }
        });

        services.AddResiliencePipeline(Neo4jResilience.PipelineName, (builder, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<Neo4jOptions>>().Value;
            var logger = context.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(Neo4jResilience));
            Neo4jResilience.Configure(builder, options, logger);
        });

        services.AddSingleton<CypherClient>();
        services.AddSingleton(provider => new Neo4jGraphStore(
            provider.GetRequiredService<CypherClient>(),
            provider.GetRequiredService<IOptions<Neo4jOptions>>(),
            provider.GetRequiredService<ILogger<Neo4jGraphStore>>()));
        services.AddSingleton<IGraphStore>(provider => provider.GetRequiredService<Neo4jGraphStore>());
        return services;
    }
}
