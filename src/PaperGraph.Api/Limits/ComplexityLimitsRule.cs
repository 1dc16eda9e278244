using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using PaperGraph.Api.Schema.Introspection;

namespace PaperGraph.Api.Limits;

/// <summary>
/// GraphQL.NET's depth and complexity analysis, reporting our codes and limits. Introspection is priced by
/// <see cref="IntrospectionCost"/>: its fields weigh a hundredth, and its depth is held to its own limit
/// while the data fields beside it keep <see cref="GraphQLLimitsOptions.MaxDepth"/>.
/// </summary>
internal sealed class ComplexityLimitsRule(GraphQLLimitsOptions limits)
    : ComplexityValidationRule(new ComplexityOptions { MaxDepth = Math.Max(limits.MaxDepth, IntrospectionCost.MaxDepth), MaxComplexity = limits.MaxComplexity })
{
    protected override ValueTask ValidateComplexityAsync(ValidationContext context, double totalComplexity, int maxDepth)
    {
        var introspects = SelectionDepth.HasIntrospection(context);
        var dataDepth = introspects ? SelectionDepth.OfDataFields(context) : maxDepth;
        if (dataDepth > limits.MaxDepth)
        {
            context.ReportError(new LimitExceededError(LimitCodes.MaxDepth,
                $"The query is {dataDepth} levels deep; at most {limits.MaxDepth} are allowed.", limits.MaxDepth));
        }
        else if (introspects && maxDepth > IntrospectionCost.MaxDepth)
        {
            context.ReportError(new LimitExceededError(LimitCodes.MaxDepth,
                $"The introspection query is {maxDepth} levels deep; at most {IntrospectionCost.MaxDepth} are allowed.", IntrospectionCost.MaxDepth));
        }

        if (totalComplexity > limits.MaxComplexity)
        {
            context.ReportError(new LimitExceededError(LimitCodes.MaxComplexity,
                $"The query's complexity is {totalComplexity:0}; at most {limits.MaxComplexity} is allowed.", limits.MaxComplexity));
        }

        return default;
    }
}
