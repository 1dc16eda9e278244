using GraphQL.Resolvers;
using GraphQL.Types;

namespace PaperGraph.Api.Schema.Introspection;

/// <summary>
/// <c>__Type.specifiedByURL</c> (GraphQL spec, October 2021): a scalar's specification URL. Our scalars are
/// the built-in ones and GraphQL.NET's <c>Long</c>, none of which has one, so it is always null; the field
/// exists so that clients asking for it (graphql-js <c>specifiedByUrl: true</c>) are not refused.
/// </summary>
internal static class SpecifiedByUrlField
{
    public const string Name = "specifiedByURL";

    public static void AddTo(IObjectGraphType type)
    {
        if (type.HasField(Name))
        {
            return;
        }

        type.AddField(new FieldType
        {
            Name = Name,
            Description = "A URL that specifies a scalar's behaviour; null for other kinds and for our scalars.",
            Type = typeof(StringGraphType),
            Resolver = new FuncFieldResolver<string?>(_ => null),
        });
    }
}
