namespace PaperGraph.Api.Schema.Introspection;

/// <summary>
/// What introspection costs against the limits. Its answer comes from the schema in memory (a few hundred
/// types, no store call), so it is priced at a hundredth of a data field, and its nesting is held to its own
/// depth limit: graphql-js's standard query is 15 levels deep because of <c>ofType</c> chains, not because
/// it fetches much.
/// </summary>
internal static class IntrospectionCost
{
    /// <summary>Multiplier on every introspection field's complexity (graphql-js's standard query: about 9,800 of 50,000).</summary>
    public const double Impact = 0.01;

    /// <summary>Deepest introspection selection allowed; graphql-js 16's standard query is 15 deep, GraphiQL's the same.</summary>
    public const int MaxDepth = 20;

    public static bool IsIntrospectionField(string name) => name is "__schema" or "__type";
}
