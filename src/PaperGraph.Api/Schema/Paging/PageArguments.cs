using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using PaperGraph.Api.Limits;

namespace PaperGraph.Api.Schema.Paging;

/// <summary>
/// Relay's <c>first</c>/<c>after</c> and <c>last</c>/<c>before</c>. Resolvers check the sizes themselves, with
/// the same error whether the value was written in the query or passed in a variable (validation sees only
/// literals, and a cached document is not validated again). Nothing is clamped: out of range is an error.
/// </summary>
internal static class PageArguments
{
    public const int DefaultFirst = 20;

    public static FieldBuilder<TSource, TReturn> WithPaging<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, int defaultFirst = DefaultFirst)
    {
        return field
            .Argument<IntGraphType>("first", $"How many items to return from the start or after `after`, 0 to the server's page limit (100 by default); {defaultFirst} when neither `first` nor `last` is given.")
            .Argument<StringGraphType>("after", "Cursor of an edge (`pageInfo.endCursor`): return the items after it.")
            .Argument<IntGraphType>("last", "How many items to return from the end or before `before`, 0 to the page limit.")
            .Argument<StringGraphType>("before", "Cursor of an edge (`pageInfo.startCursor`): return the items before it.");
    }

    /// <summary>The page the arguments ask for; an error naming the argument when they do not make one.</summary>
    public static PageRequest Page(this IResolveFieldContext context, GraphQLLimitsOptions limits, int defaultFirst = DefaultFirst)
    {
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        var after = context.GetArgument<string?>("after");
        var before = context.GetArgument<string?>("before");
        if (first is not null && last is not null)
        {
            throw PagingError("Give `first` or `last`, not both: `first`/`after` page forwards, `last`/`before` backwards.");
        }

        if ((last is not null || (first is null && before is not null)) && after is not null)
        {
            throw PagingError("`after` goes with `first`; to page backwards give `last` with `before`.");
        }

        if (first is not null && before is not null)
        {
            throw PagingError("`before` goes with `last`; to page forwards give `first` with `after`.");
        }

        return last is not null || before is not null
            ? new PageRequest(Checked("last", last ?? defaultFirst, limits), before, Backward: true)
            : new PageRequest(Checked("first", first ?? defaultFirst, limits), after, Backward: false);
    }

    /// <summary>A plain list's size argument (<c>first</c> of a list, <c>limit</c>), checked the same way.</summary>
    public static int Size(this IResolveFieldContext context, string argument, int defaultValue, int max) =>
        Checked(argument, context.GetArgument(argument, defaultValue), max);

    public static int Checked(string argument, int value, GraphQLLimitsOptions limits) => Checked(argument, value, limits.MaxPageSize);

    private static int Checked(string argument, int value, int max)
    {
        if (value < 0)
        {
            throw new ExecutionError($"'{argument}' is {value}; it must be 0 or more.") { Code = ArgumentCodes.OutOfRange };
        }

        return value > max
            ? throw new LimitExceededError(LimitCodes.PageSize, $"'{argument}' is {value}; at most {max} is allowed.", max)
            : value;
    }

    private static ExecutionError PagingError(string message) => new(message) { Code = ArgumentCodes.InvalidPaging };
}
