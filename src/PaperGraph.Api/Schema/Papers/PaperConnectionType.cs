using GraphQL;
using GraphQL.Types;
using PaperGraph.Api.Schema.Facets;
using PaperGraph.Api.Schema.Paging;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;

namespace PaperGraph.Api.Schema.Papers;

/// <summary>A page of papers, with facet counts over everything the search selects.</summary>
internal sealed class PaperConnectionType : ConnectionType<PaperType, Paper, PaperEdgeType>
{
    public const int DefaultTop = 10;

    public PaperConnectionType()
        : base("PaperConnection", "papers")
    {
        Field<NonNullGraphType<PaperFacetsType>, PaperFacets>("facets")
            .Description("Counts by year, month, entity kind, top entities and top authors over every paper this search selects; one store round trip.")
            .Argument<IntGraphType>("top", "How many top entities and authors, 0–100.", a => a.DefaultValue = DefaultTop)
            .WithComplexityImpact(ExpensiveField.Facets)
            .ResolveAsync(async ctx =>
            {
                var top = ctx.InRange("top", DefaultTop, 0, PaperFacets.MaxTop);
                return ctx.Source.Facets is { } facets ? await facets(top, ctx.CancellationToken) : PaperFacets.Empty;
            });
    }
}
