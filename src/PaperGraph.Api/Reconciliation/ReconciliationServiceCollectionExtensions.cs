using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PaperGraph.Core.Resolution;

namespace PaperGraph.Api.Reconciliation;

/// <summary>The reconciliation feature: its options, services and routes under <c>/reconcile</c>.</summary>
internal static class ReconciliationServiceCollectionExtensions
{
    public static IServiceCollection AddReconciliation(this IServiceCollection services)
    {
        services.AddOptions<ReconciliationOptions>()
            .BindConfiguration(ReconciliationOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ReconciliationOptions>>().Value);
        services.TryAddSingleton<AliasIndexCache>(); // the one resolveEntities uses, so the two never disagree
        services.AddSingleton<QueryBatchParser>();
        services.AddSingleton<PaperMatcher>();
        services.AddSingleton<CandidateSharpener>();
        services.AddSingleton<Reconciler>();
        services.AddSingleton<DataExtension>();
        services.AddSingleton<SuggestService>();
        services.AddSingleton<PreviewCard>();
        services.AddSingleton<ReconciliationEndpoint>();
        return services;
    }

    public static IEndpointRouteBuilder MapReconciliation(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/reconcile", [HttpMethods.Get, HttpMethods.Post], (HttpContext http, ReconciliationEndpoint endpoint) => endpoint.ServiceAsync(http));
        app.MapGet("/reconcile/suggest/{kind}", (HttpContext http, string kind, ReconciliationEndpoint endpoint) => endpoint.SuggestAsync(http, kind));
        app.MapGet("/reconcile/properties", (HttpContext http, ReconciliationEndpoint endpoint) => endpoint.ProposePropertiesAsync(http));
        app.MapGet("/reconcile/preview", (HttpContext http, ReconciliationEndpoint endpoint) => endpoint.PreviewAsync(http, page: false));
        app.MapGet("/reconcile/view", (HttpContext http, ReconciliationEndpoint endpoint) => endpoint.PreviewAsync(http, page: true));
        return app;
    }
}
