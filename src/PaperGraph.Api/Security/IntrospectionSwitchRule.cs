using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;

namespace PaperGraph.Api.Security;

/// <summary>GraphQL.NET's no-introspection rule, applied only when <c>Security:EnableIntrospection</c> is false.</summary>
internal sealed class IntrospectionSwitchRule(ApiSecurityOptions options) : ValidationRuleBase
{
    private readonly NoIntrospectionValidationRule _refuse = NoIntrospectionValidationRule.Instance;

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        options.EnableIntrospection ? default : _refuse.GetPreNodeVisitorAsync(context);
}
