using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.Options;
using PaperGraph.Api.Execution;
using PaperGraph.Api.Limits;
using PaperGraph.Api.Loading;
using PaperGraph.Api.Schema;
using PaperGraph.Api.Schema.Exploration;
using PaperGraph.Api.Schema.Ingestion;
using PaperGraph.Api.Security;
using PaperGraph.Api.Transport;
using PaperGraph.Core.Exploration;
using PaperGraph.Core.Resolution;

namespace PaperGraph.Api.Hosting;

/// <summary>The GraphQL feature: schema, limits, loaders, caches and the endpoint's services (over the store, linker and queue of <c>AddIngestionRuntime</c>).</summary>
internal static class GraphQLApiServiceCollectionExtensions
{
    public static IServiceCollection AddGraphQLApi(this IServiceCollection services)
    {
        services.AddOptions<GraphQLLimitsOptions>()
            .BindConfiguration(GraphQLLimitsOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<GraphQLLimitsOptions>>().Value);
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<ApiSecurityOptions>()
            .BindConfiguration(ApiSecurityOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ApiSecurityOptions>>().Value);
        services.AddSingleton<WriteAccess>();

        services.AddScoped<GraphLoaders>();
        services.AddSingleton<RelatedPapers>();
        services.AddSingleton<GraphViews>();
        services.AddSingleton<AliasIndexCache>();
        services.AddHostedService<AliasIndexWarmup>();
        services.AddHealthChecks().AddCheck<AliasIndexHealthCheck>("nameIndex", tags: [PaperGraphApi.ReadyTag]);
        services.AddSingleton<GraphQLIngestion>();
        services.AddSingleton<GraphiQLPage>();
        services.AddSingleton<GraphQLHttpEndpoint>();
        services.AddSingleton<ValidationRuleSets>();

        services.AddGraphQL(graphql => graphql
            .AddSchema<PaperGraphSchema>()
            .AddGraphTypes(typeof(PaperGraphSchema).Assembly)
            .AddSystemTextJson()
            .AddErrorInfoProvider(sp => new LimitErrorInfoProvider(new ErrorInfoProviderOptions
            {
                // Stack traces and inner messages only on a developer's machine.
                ExposeExceptionDetails = sp.GetRequiredService<IHostEnvironment>().IsDevelopment(),
            }, sp.GetRequiredService<ApiSecurityOptions>().EnableFieldSuggestions))
            .ConfigureExecution<ParsedDocumentCache>());
        return services;
    }
}
