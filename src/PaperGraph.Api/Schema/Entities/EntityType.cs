using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using PaperGraph.Api.Limits;
using PaperGraph.Api.Loading;
using PaperGraph.Api.Schema.Paging;
using PaperGraph.Api.Schema.Papers;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;

namespace PaperGraph.Api.Schema.Entities;

/// <summary>A method, architecture, model, dataset or task, with who introduced it and who uses it.</summary>
internal sealed class EntityType : ObjectGraphType<Entity>
{
    public EntityType()
    {
        Name = "Entity";
        Description = "A method, architecture, model, dataset or task that papers mention.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Entity;

        Field<NonNullGraphType<IdGraphType>, string>("id").Description("Global id, `Entity:` then the entity id (`pwc:flashattention`, `curated:s4`).")
            .Resolve(ctx => GlobalId.Entity(ctx.Source.Id));
        Field(e => e.Name).Description("Canonical name.");
        Field<NonNullGraphType<EntityKindEnum>, EntityKind>("kind").Description("What the entity is.").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>, IReadOnlyList<string>>("aliases").Description("Other names it goes by.")
            .Resolve(ctx => ctx.Source.Aliases);
        Field(e => e.Description, nullable: true).Description("What the catalog says it is.");

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PaperType>>>, IReadOnlyList<Paper>>("introducedBy")
            .Description("Papers in the graph that introduce it.")
            .Resolve().WithService<GraphLoaders>()
            .ResolveAsync((ctx, loaders) => loaders.IntroducingPaperIds.Load(ctx.Source.Id).Then(ids => loaders.Papers.LoadMany(ids ?? [])));

        Field<NonNullGraphType<PaperConnectionType>, Connection<Paper>>("usedBy")
            .Description("Papers mentioning it, newest first, optionally within dates.")
            .WithPaging()
            .Argument<StringGraphType>("dateFrom", "Inclusive lower bound: YYYY-MM-DD, or YYYY-MM or YYYY for the first day of that month or year.")
            .Argument<StringGraphType>("dateTo", "Inclusive upper bound: YYYY-MM-DD, or YYYY-MM or YYYY for the last day of that month or year.")
            .Resolve().WithService<IGraphStore>().WithService<GraphLoaders>().WithService<GraphQLLimitsOptions>()
            .Resolve((ctx, store, loaders, limits) => UsedBy(ctx, store, loaders, limits));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CoMentionType>>>, IReadOnlyList<CoMention>>("coMentioned")
            .Description("Entities mentioned in the same papers, most shared papers first.")
            .Argument<IntGraphType>("first", "How many (at most the page limit).", a => a.DefaultValue = 10)
            .Resolve().WithService<IGraphStore>().WithService<GraphQLLimitsOptions>()
            .ResolveAsync(async (ctx, store, limits) => await store.GetCoMentionedAsync(ctx.Source.Id, ctx.Size("first", 10, limits.MaxPageSize), ctx.CancellationToken));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UsageBucketType>>>, IReadOnlyList<UsageBucket>>("usageByPeriod")
            .Description("Papers mentioning it per period, oldest first.")
            .Argument<PeriodGranularityEnum>("granularity", "Month or year buckets.", a => a.DefaultValue = PeriodGranularity.Year)
            .Resolve().WithService<IGraphStore>()
            .ResolveAsync(async (ctx, store) => await store.GetUsageByPeriodAsync(ctx.Source.Id, ctx.GetArgument("granularity", PeriodGranularity.Year), ctx.CancellationToken));
    }

    private static Connection<Paper> UsedBy(IResolveFieldContext<Entity> ctx, IGraphStore store, GraphLoaders loaders, GraphQLLimitsOptions limits)
    {
        var from = Dates.Parse(ctx.GetArgument<string?>("dateFrom"), "dateFrom");
        var to = Dates.Parse(ctx.GetArgument<string?>("dateTo"), "dateTo", upperBound: true);
        var query = new EntityUsageQuery(ctx.Source.Id, PageArguments.DefaultFirst, null, from, to);
        var filter = new PaperFilter { MentionsEntityIds = [ctx.Source.Id], DateFrom = from, DateTo = to };
        var request = ctx.Page(limits);
        // Only a forward page can bring the count along: a backward one is a walk of several reads.
        var countWithPage = !request.Backward && FieldSelection.Asks(ctx, "totalCount") && (FieldSelection.Asks(ctx, "edges") || FieldSelection.Asks(ctx, "pageInfo"));
        var reads = new UsedByReads(store, loaders, query, request, countWithPage);
        return new Connection<Paper>(request, reads.FetchAsync, reads.CountAsync)
        {
            Facets = (top, ct) => store.GetPaperFacetsAsync(filter, top, ct),
        };
    }
}
