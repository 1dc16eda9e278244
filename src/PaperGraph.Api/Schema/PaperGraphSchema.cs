namespace PaperGraph.Api.Schema;

/// <summary>The PaperGraph GraphQL schema; printed to <c>schema/schema.graphql</c>.</summary>
internal sealed class PaperGraphSchema : GraphQL.Types.Schema
{
    public PaperGraphSchema(IServiceProvider services, QueryType query, MutationType mutation)
        : base(services)
    {
        Description = "PaperGraph: ML papers, the methods, models and datasets they mention, and how they build on each other.";
        Query = query;
        Mutation = mutation;
    }
}
