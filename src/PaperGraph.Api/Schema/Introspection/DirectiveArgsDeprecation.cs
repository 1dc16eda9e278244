using GraphQL.Types;

namespace PaperGraph.Api.Schema.Introspection;

/// <summary>
/// <c>__Directive.args(includeDeprecated:)</c>, which the spec added with input-value deprecation and
/// graphql-js sends (<c>inputValueDeprecation: true</c>) but GraphQL.NET 8's <c>__Directive</c> lacks. No
/// directive argument of ours is deprecated, so the list is the same either way.
/// </summary>
internal static class DirectiveArgsDeprecation
{
    public const string Argument = "includeDeprecated";

    public static void AddTo(IObjectGraphType type)
    {
        var args = type.GetField("args");
        if (args is null || args.Arguments?.Find(Argument) is not null)
        {
            return;
        }

        args.Arguments ??= new QueryArguments();
        args.Arguments.Add(new QueryArgument<BooleanGraphType>
        {
            Name = Argument,
            Description = "Whether to include deprecated arguments; none of ours is.",
            DefaultValue = false,
        });
    }
}
