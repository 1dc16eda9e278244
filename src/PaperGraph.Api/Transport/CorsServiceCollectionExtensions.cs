using Microsoft.Extensions.Options;

namespace PaperGraph.Api.Transport;

/// <summary>
/// CORS for the origins in <see cref="CorsSettings"/>: GET and POST with the JSON headers GraphQL clients send and the
/// two credential headers a browser writer needs (the ingest mutation and the quarantine ask for a key); nothing when
/// none is listed.
/// </summary>
internal static class CorsServiceCollectionExtensions
{
    public const string PolicyName = "graphql-origins";

    public static IServiceCollection AddGraphQLCors(this IServiceCollection services)
    {
        services.AddOptions<CorsSettings>().BindConfiguration(CorsSettings.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddCors();
        services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>()
            .Configure<IOptions<CorsSettings>>((cors, settings) => cors.AddPolicy(PolicyName, policy => policy
                .WithOrigins([.. settings.Value.AllowedOrigins.Select(o => o.TrimEnd('/'))])
                .WithMethods(HttpMethods.Get, HttpMethods.Post)
                .WithHeaders("Content-Type", "Accept", "Authorization", "X-Api-Key")
                .SetPreflightMaxAge(settings.Value.PreflightMaxAge)));
        return services;
    }

    /// <summary>Adds the CORS middleware only when origins are configured.</summary>
    public static WebApplication UseGraphQLCors(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<CorsSettings>>().Value.AllowedOrigins.Length > 0)
        {
            app.UseCors(PolicyName);
        }

        return app;
    }
}
