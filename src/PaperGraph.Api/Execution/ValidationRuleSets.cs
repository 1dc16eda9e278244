using GraphQL.Validation;
using PaperGraph.Api.Limits;
using PaperGraph.Api.Security;
using PaperGraph.Api.Transport;

namespace PaperGraph.Api.Execution;

/// <summary>
/// The validation rules of a request, made once at start. GraphQL.NET's <c>AddValidationRule</c> appends each rule to
/// the request's list on every execution, a chain of iterators per request that a small query's garbage counted. A
/// document from the cache skips the rules that look at its text alone: the cost (which the variables change), the
/// write-access check (which the caller changes) and a GET's query-only rule still run.
/// </summary>
internal sealed class ValidationRuleSets
{
    public ValidationRuleSets(GraphQLLimitsOptions limits, ApiSecurityOptions security)
    {
        var complexity = new ComplexityLimitsRule(limits);
        IValidationRule[] ours = [new RequestLimitsRule(limits), complexity, WriteAccessRule.Instance, new IntrospectionSwitchRule(security)];
        Post = new Rules([.. DocumentValidator.CoreRules, .. ours], [complexity, WriteAccessRule.Instance]);
        Get = new Rules([.. DocumentValidator.CoreRules, QueryOnlyOverGetRule.Instance, .. ours], [QueryOnlyOverGetRule.Instance, complexity, WriteAccessRule.Instance]);
    }

    /// <summary>For a POST (and any execution that names no rules).</summary>
    public Rules Post { get; }

    /// <summary>For a GET, which may only query.</summary>
    public Rules Get { get; }

    /// <summary>The rules for a document parsed now, and for one taken from the cache.</summary>
    public sealed record Rules(IValidationRule[] Fresh, IValidationRule[] Cached);
}
