using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;

namespace PaperGraph.Api.Limits;

/// <summary>GraphQL.NET's depth and complexity analysis, reporting our codes and limits.</summary>
internal sealed class ComplexityLimitsRule(GraphQLLimitsOptions limits)
    : ComplexityValidationRule(new ComplexityOptions { MaxDepth = limits.MaxDepth, MaxComplexity = limits.MaxComplexity })
{
    protected override ValueTask ValidateComplexityAsync(ValidationContext context, double totalComplexity, int maxDepth)
    {
        if (maxDepth > limits.MaxDepth)
        {
            context.ReportError(new LimitExceededError(LimitCodes.MaxDepth,
                $"The query is {maxDepth} levels deep; at most {limits.MaxDepth} are allowed.", limits.MaxDepth));
        }

        if (totalComplexity > limits.MaxComplexity)
        {
            context.ReportError(new LimitExceededError(LimitCodes.MaxComplexity,
                $"The query's complexity is {totalComplexity:0}; at most {limits.MaxComplexity} is allowed.", limits.MaxComplexity));
        }

        return default;
    }
}
