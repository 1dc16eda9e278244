using GraphQL.Validation;
using GraphQLParser.AST;

namespace PaperGraph.Api.Security;

/// <summary>
/// Refuses a mutation, or a read of the quarantine, unless the request carries write access (see
/// <see cref="WriteAccess"/>). Runs on every execution, cached document or not: the caller changes, the text does not.
/// </summary>
internal sealed class WriteAccessRule : ValidationRuleBase
{
    public const string Code = "UNAUTHORIZED";

    public static WriteAccessRule Instance { get; } = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.UserContext.TryGetValue(WriteAccess.ContextKey, out var granted) && granted is true)
        {
            return default;
        }

        if (context.Operation.Operation == OperationType.Mutation)
        {
            context.ReportError(Refused(context, context.Operation, "A mutation needs write access"));
            return default;
        }

        return new(new MatchingNodeVisitor<GraphQLField>((field, ctx) =>
        {
            if (field.Name.Value == "quarantine" && ctx.TypeInfo.GetParentType()?.Name == "Query")
            {
                ctx.ReportError(Refused(ctx, field, "The quarantine needs write access (its records hold raw input)"));
            }
        }));
    }

    private static ValidationError Refused(ValidationContext context, ASTNode node, string what) =>
        new(context.Document.Source, Code, $"{what}: send the API key as 'Authorization: Bearer <key>' or 'X-Api-Key' (setting Security:ApiKey).", node) { Code = Code };
}
