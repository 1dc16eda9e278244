using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using PaperGraph.Api.Limits;

namespace PaperGraph.Api.Schema.Paging;

/// <summary>
/// The <c>first</c>/<c>after</c> arguments. Resolvers clamp <c>first</c> themselves: a cached document
/// skips validation, and a variable's value is never seen by it.
/// </summary>
internal static class PageArguments
{
    public const int DefaultFirst = 20;

    public static FieldBuilder<TSource, TReturn> WithPaging<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, int defaultFirst = DefaultFirst)
    {
        return field
            .Argument<IntGraphType>("first", "How many items to return (at most the server's page limit, 100 by default).", a => a.DefaultValue = defaultFirst)
            .Argument<StringGraphType>("after", "Cursor from a previous page's `pageInfo.endCursor`.");
    }

    public static int First(this IResolveFieldContext context, GraphQLLimitsOptions limits, int defaultFirst = DefaultFirst) =>
        Math.Clamp(context.GetArgument("first", defaultFirst), 0, limits.MaxPageSize);

    public static string? After(this IResolveFieldContext context) => context.GetArgument<string?>("after");
}
