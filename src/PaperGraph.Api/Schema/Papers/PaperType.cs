using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using PaperGraph.Api.Schema.Entities;
using PaperGraph.Api.Loading;
using PaperGraph.Api.Schema.Exploration;
using PaperGraph.Api.Schema.Paging;
using PaperGraph.Core.Graph;
using LinkConnection = PaperGraph.Api.Schema.Paging.Connection<PaperGraph.Core.Graph.PaperLink>;

namespace PaperGraph.Api.Schema.Papers;

/// <summary>A paper: what its listing says, what the linker found in it, and how it relates to others.</summary>
internal sealed class PaperType : ObjectGraphType<Paper>
{
    /// <summary>
    /// Fields known not to read <see cref="Paper.Abstract"/>: they take the paper's id or its listed fields. A field not
    /// named here (a new one included) gets the paper read whole.
    /// </summary>
    private static readonly HashSet<string> FieldsWithoutAbstract = new(StringComparer.Ordinal)
    {
        "__typename", "id", "title", "arxivId", "date", "authors", "categories",
        "mentions", "introduces", "buildsOn", "builtOnBy", "relatedPapers",
    };

    /// <summary>Whether a field that answers a paper has a selection that needs the paper's abstract.</summary>
    public static bool NeedsAbstract(IResolveFieldContext context) =>
        context.SubFields is not { } asked || asked.Values.Any(field => !FieldsWithoutAbstract.Contains(field.FieldType.Name));

    public PaperType()
    {
        Name = "Paper";
        Description = "A paper as PaperGraph stores it, with the entities it mentions and the papers it relates to.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Paper;

        Field<NonNullGraphType<IdGraphType>, string>("id").Description("Global id, `Paper:` then the paper id (`arxiv:2312.00752` or `title:…`).")
            .Resolve(ctx => GlobalId.Paper(ctx.Source.Id));
        Field(p => p.Title).Description("The title as listed.");
        Field(p => p.Abstract).Description("The abstract as listed.");
        Field(p => p.ArxivId, nullable: true).Description("arXiv id without version, when known.");
        Field<StringGraphType, string?>("date").Description("Listing date, ISO 8601 (`2025-03-12`, or `--03-12` when the listing shows no year).")
            .Resolve(ctx => ctx.Source.Date?.ToString());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>, IReadOnlyList<string>>("authors").Description("Authors in listed order.")
            .Resolve(ctx => ctx.Source.Authors);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>, IReadOnlyList<string>>("categories")
            .Description("Subject categories as the listing gives them (arXiv: `cs.CL`, `cs.CV`), the primary one first; empty when it gives none, as listing pages do.")
            .Resolve(ctx => ctx.Source.Categories);

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MentionType>>>, IReadOnlyList<Mention>>("mentions")
            .Description("Entity mentions with exact spans, title first, then by position.")
            .Resolve().WithService<GraphLoaders>()
            .ResolveAsync((ctx, loaders) => loaders.Mentions.Load(ctx.Source.Id).Then(m => m ?? []));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityType>>>, IReadOnlyList<Entity>>("introduces")
            .Description("Entities this paper introduces.")
            .Resolve().WithService<GraphLoaders>()
            .ResolveAsync((ctx, loaders) => loaders.IntroducedEntityIds.Load(ctx.Source.Id).Then(ids => loaders.Entities.LoadMany(ids ?? [])));

        Field<NonNullGraphType<PaperLinkConnectionType>, Connection<Core.Graph.PaperLink>>("buildsOn")
            .Description("Papers this one builds on, strongest link first.")
            .WithPaging()
            .Resolve().WithService<GraphLoaders>().WithService<Limits.GraphQLLimitsOptions>()
            .ResolveAsync((ctx, loaders, limits) =>
            {
                var page = ctx.Page(limits);
                return loaders.OutgoingLinks.Load(ctx.Source.Id).Then(links => LinkConnection.FromList(links ?? [], l => l.CitedPaperId, page));
            });

        Field<NonNullGraphType<PaperLinkConnectionType>, Connection<Core.Graph.PaperLink>>("builtOnBy")
            .Description("Papers that build on this one, strongest link first.")
            .WithPaging()
            .Resolve().WithService<GraphLoaders>().WithService<Limits.GraphQLLimitsOptions>()
            .ResolveAsync((ctx, loaders, limits) =>
            {
                var page = ctx.Page(limits);
                return loaders.IncomingLinks.Load(ctx.Source.Id).Then(links => LinkConnection.FromList(links ?? [], l => l.CitingPaperId, page));
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelatedPaperType>>>, IReadOnlyList<Core.Exploration.RelatedPaper>>("relatedPapers")
            .Description("Related papers, best first (score descending, then paper id); each score is the sum of its reasons' weights.")
            .Argument<IntGraphType>("first", "How many related papers (at most the page limit).", a => a.DefaultValue = 10)
            .Argument<ListGraphType<NonNullGraphType<RelatedReasonKindEnum>>>("reasonKinds", "Only count these kinds of reason (all when absent).")
            .WithComplexityImpact(ExpensiveField.RelatedPapers)
            .Resolve().WithService<Core.Exploration.RelatedPapers>().WithService<GraphLoaders>().WithService<Limits.GraphQLLimitsOptions>()
            .ResolveAsync(async (ctx, related, loaders, limits) =>
            {
                var kinds = ctx.GetArgument<List<Core.Exploration.RelatedReasonKind>?>("reasonKinds");
                var found = await related.FindWithRecordsAsync(ctx.Source.Id, ctx.Size("first", 10, limits.MaxPageSize), kinds?.ToHashSet(), ctx.CancellationToken);

                // The answer shows the papers and entities ranking read (the related papers, the shared entities): the
                // request's loaders take them instead of reading them again.
                loaders.Papers.Prime(found.Papers);
                loaders.Entities.Prime(found.Entities);
                return found.Related;
            });
    }
}
