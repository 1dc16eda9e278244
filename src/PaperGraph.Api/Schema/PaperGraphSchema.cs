using GraphQL;
using GraphQL.Types;
using PaperGraph.Api.Schema.Introspection;

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

        // Spec (September 2025) introspection: `__Directive.isRepeatable` and deprecated arguments and input
        // fields, which graphql-js's getIntrospectionQuery asks for; GraphQL.NET 8 has them off by default.
        Features.RepeatableDirectives = true;
        Features.DeprecationOfInputValues = true;
        this.WithIntrospectionComplexityImpact(IntrospectionCost.Impact);
    }

    /// <summary>Adds the two spec introspection fields GraphQL.NET 8 does not serve.</summary>
    protected override void OnBeforeInitializeType(IGraphType graphType)
    {
        if (graphType is IObjectGraphType { Name: "__Type" } type)
        {
            SpecifiedByUrlField.AddTo(type);
        }
        else if (graphType is IObjectGraphType { Name: "__Directive" } directive)
        {
            DirectiveArgsDeprecation.AddTo(directive);
        }
    }
}
