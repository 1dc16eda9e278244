using GraphQL.Validation;
using GraphQLParser.AST;
using PaperGraph.Api.Schema.Introspection;

namespace PaperGraph.Api.Limits;

/// <summary>
/// Depth of an operation's data fields, leaving out the <c>__schema</c>/<c>__type</c> subtrees (counted as
/// GraphQL.NET counts: a root field with no selection is one level). Fragments are followed; a fragment
/// cycle (refused by another rule) stops at the depth where it repeats.
/// </summary>
internal static class SelectionDepth
{
    public static bool HasIntrospection(ValidationContext context) =>
        context.Operation.SelectionSet.Selections.OfType<GraphQLField>().Any(f => IntrospectionCost.IsIntrospectionField(f.Name.StringValue));

    public static int OfDataFields(ValidationContext context)
    {
        var fragments = context.Document.Definitions.OfType<GraphQLFragmentDefinition>()
            .GroupBy(f => f.FragmentName.Name.StringValue)
            .ToDictionary(g => g.Key, g => g.First().SelectionSet);
        return Depth(context.Operation.SelectionSet, fragments, [], root: true);
    }

    private static int Depth(GraphQLSelectionSet set, Dictionary<string, GraphQLSelectionSet> fragments, HashSet<string> visiting, bool root)
    {
        var deepest = 0;
        foreach (var selection in set.Selections)
        {
            var depth = selection switch
            {
                GraphQLField field when root && IntrospectionCost.IsIntrospectionField(field.Name.StringValue) => 0,
                GraphQLField field => 1 + (field.SelectionSet is null ? 0 : Depth(field.SelectionSet, fragments, visiting, root: false)),
                GraphQLInlineFragment inline => Depth(inline.SelectionSet, fragments, visiting, root),
                GraphQLFragmentSpread spread => Spread(spread.FragmentName.Name.StringValue, fragments, visiting, root),
                _ => 0,
            };
            deepest = Math.Max(deepest, depth);
        }

        return deepest;
    }

    private static int Spread(string name, Dictionary<string, GraphQLSelectionSet> fragments, HashSet<string> visiting, bool root)
    {
        if (!fragments.TryGetValue(name, out var set) || !visiting.Add(name))
        {
            return 0;
        }

        var depth = Depth(set, fragments, visiting, root);
        visiting.Remove(name);
        return depth;
    }
}
