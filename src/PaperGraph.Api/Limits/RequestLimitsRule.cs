using System.Globalization;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace PaperGraph.Api.Limits;

/// <summary>
/// Checks what can be seen in the document text: the number of aliases (so one field cannot be asked for
/// 500 times), literal page sizes (<c>first</c>, <c>limit</c>, <c>maxNodes</c>) and literal
/// <c>resolveEntities</c> batches. Values passed in variables are checked by the resolvers.
/// </summary>
internal sealed class RequestLimitsRule(GraphQLLimitsOptions limits) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var aliases = 0;
        foreach (var definition in context.Document.Definitions)
        {
            var selections = definition switch
            {
                GraphQLOperationDefinition operation => operation.SelectionSet,
                GraphQLFragmentDefinition fragment => fragment.SelectionSet,
                _ => null,
            };
            if (selections is not null)
            {
                Walk(selections, context, ref aliases);
            }
        }

        if (aliases > limits.MaxAliases)
        {
            context.ReportError(new LimitExceededError(LimitCodes.MaxAliases,
                $"The document has {aliases} aliases; at most {limits.MaxAliases} are allowed.", limits.MaxAliases));
        }

        return default;
    }

    private void Walk(GraphQLSelectionSet set, ValidationContext context, ref int aliases)
    {
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    if (field.Alias is not null)
                    {
                        aliases++;
                    }

                    CheckArguments(field, context);
                    if (field.SelectionSet is not null)
                    {
                        Walk(field.SelectionSet, context, ref aliases);
                    }

                    break;
                case GraphQLInlineFragment inline:
                    Walk(inline.SelectionSet, context, ref aliases);
                    break;
            }
        }
    }

    private void CheckArguments(GraphQLField field, ValidationContext context)
    {
        foreach (var argument in field.Arguments?.Items ?? [])
        {
            var name = argument.Name.StringValue;
            if (name is "first" or "last" or "limit" && argument.Value is GraphQLIntValue size && IsOver(size, limits.MaxPageSize))
            {
                context.ReportError(new LimitExceededError(LimitCodes.PageSize,
                    $"'{name}' is {size.Value}; at most {limits.MaxPageSize} is allowed.", limits.MaxPageSize, argument));
            }
            else if (name is "inputs" or "documents" && argument.Value is GraphQLListValue { Values: { } values } && values.Count > limits.MaxResolveInputs)
            {
                context.ReportError(new LimitExceededError(LimitCodes.TooManyInputs,
                    $"'{name}' has {values.Count} items; at most {limits.MaxResolveInputs} are allowed.", limits.MaxResolveInputs, argument));
            }
        }
    }

    private static bool IsOver(GraphQLIntValue value, int limit) =>
        !long.TryParse(value.Value.Span, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) || number > limit;
}
