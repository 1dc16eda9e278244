using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using PaperGraph.Api.Limits;
using PaperGraph.Api.Loading;
using PaperGraph.Api.Schema.Authors;
using PaperGraph.Api.Schema.Paging;
using PaperGraph.Api.Schema.Papers;
using PaperGraph.Api.Schema.Quarantine;
using PaperGraph.Core.Exploration;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;

namespace PaperGraph.Api.Schema;

/// <summary>The query root; entity, exploration and resolution fields are in the other facets.</summary>
internal sealed partial class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Description = "Read the PaperGraph knowledge base: papers, entities, how they connect.";
        AddPaperFields();
        AddEntityFields();
        AddExplorationFields();
        AddResolutionFields();
        AddAuthorFields();
        AddIngestionFields();
    }

    private void AddPaperFields()
    {
        Field<NodeInterface, object?>("node")
            .Description("Any paper or entity by its global id, or by a bare store id (a paper first, then an entity).")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A global id (`Paper:…`, `Entity:…`) or a bare paper or entity id (`arxiv:2312.00752`, `curated:s4`).")
            .Resolve().WithService<GraphLoaders>()
            .ResolveAsync(async (ctx, loaders) => await LoadNodeAsync(loaders, ctx.GetArgument<string>("id"), ctx.CancellationToken));

        Field<PaperType, Paper>("paper")
            .Description("One paper by id (global or bare) or by arXiv id.")
            .Argument<IdGraphType>("id", "Global id (`Paper:arxiv:2312.00752`) or paper id (`arxiv:2312.00752`).")
            .Argument<StringGraphType>("arxivId", "arXiv id, with or without version (`2312.00752v2`).")
            .Resolve().WithService<IGraphStore>()
            .ResolveAsync(async (ctx, store) =>
            {
                if (ctx.GetArgument<string?>("id") is { } id)
                {
                    var node = GlobalId.Parse(id, GraphNodeKind.Paper);
                    if (node.Kind != GraphNodeKind.Paper)
                    {
                        return null;
                    }

                    // The abstract is most of the row: a query that does not ask for it (a title, a label) is not sent it.
                    var papers = PaperType.NeedsAbstract(ctx)
                        ? await store.GetPapersAsync([node.Id], ctx.CancellationToken)
                        : await store.GetPapersWithoutAbstractsAsync([node.Id], ctx.CancellationToken);
                    return papers.GetValueOrDefault(node.Id);
                }

                return ctx.GetArgument<string?>("arxivId") is { } arxivId
                    ? await store.FindPaperByArxivIdAsync(PaperIds.NormalizeArxivId(arxivId), ctx.CancellationToken)
                    : throw new ExecutionError("Give `id` or `arxivId`.") { Code = "MISSING_ARGUMENT" };
            });

        Field<NonNullGraphType<PaperConnectionType>, Connection<Paper>>("papers")
            .Description("Papers, searched, filtered and ordered, as a Relay connection. `totalCount` is counted only when asked.")
            .Argument<StringGraphType>("search", "Full-text search over title and abstract; words are ANDed.")
            .Argument<PaperWhereInputType>("where", "Filters; every one given must hold.")
            .Argument<PaperOrderEnum>("orderBy", "Order; RELEVANCE by default.", a => a.DefaultValue = PaperOrder.Relevance)
            .WithPaging()
            .Resolve().WithService<IGraphStore>().WithService<GraphQLLimitsOptions>()
            .Resolve((ctx, store, limits) =>
            {
                var filter = Filter(ctx.GetArgument<string?>("search"), ctx.GetArgument<PaperWhere?>("where"));
                var order = ctx.GetArgument("orderBy", PaperOrder.Relevance);
                return new Connection<Paper>(
                    ctx.Page(limits),
                    (page, ct) => store.QueryPapersAsync(new PaperQuery(filter, order, page.Size, page.Cursor) { Backward = page.Backward }, ct),
                    ct => store.CountPapersAsync(filter, ct))
                {
                    Facets = (top, ct) => store.GetPaperFacetsAsync(filter, top, ct),
                    CountFromPage = FieldSelection.Asks(ctx, "totalCount") && (FieldSelection.Asks(ctx, "edges") || FieldSelection.Asks(ctx, "pageInfo")),
                };
            });

        Field<NonNullGraphType<QuarantineConnectionType>, Connection<QuarantineRecord>>("quarantine")
            .Description("Records ingestion kept aside, oldest first.")
            .WithPaging()
            .Resolve().WithService<IGraphStore>().WithService<GraphQLLimitsOptions>()
            .Resolve((ctx, store, limits) =>
            {
                return new Connection<QuarantineRecord>(
                    ctx.Page(limits),
                    BackwardWalk.Over((first, after, ct) => store.ListQuarantineAsync(first, after, ct)),
                    async ct => (await store.GetStatsAsync(ct)).Quarantined);
            });
    }

    private static async Task<object?> LoadNodeAsync(GraphLoaders loaders, string id, CancellationToken cancellationToken)
    {
        var node = GlobalId.Parse(id, GraphNodeKind.Paper);
        if (node.Kind == GraphNodeKind.Paper && await loaders.Papers.Load(node.Id).GetResultAsync(cancellationToken) is { } paper)
        {
            return paper;
        }

        // A bare id that is not a paper may be an entity's; a typed id is only what it says.
        return node.Kind == GraphNodeKind.Entity || !GlobalId.IsTyped(id)
            ? await loaders.Entities.Load(node.Id).GetResultAsync(cancellationToken)
            : null;
    }

    private static PaperFilter Filter(string? search, PaperWhere? where) => new()
    {
        Search = string.IsNullOrWhiteSpace(search) ? null : search,
        Year = where?.Year,
        DateFrom = Dates.Parse(where?.DateFrom, "where.dateFrom"),
        DateTo = Dates.Parse(where?.DateTo, "where.dateTo", upperBound: true),
        MentionsEntityIds = [.. (where?.Mentions ?? []).Select(id => GlobalId.Parse(id, GraphNodeKind.Entity).Id)],
        MentionsKind = where?.Kind,
        AuthorKey = where?.Author is { } author ? AuthorArgument.Key(author, "where.author") : null,
    };
}
