using GraphQL.Validation;
using GraphQLParser.AST;

namespace PaperGraph.Api.Transport;

/// <summary>GET may only run queries (GraphQL-over-HTTP): a mutation over GET is refused, and answered 405.</summary>
internal sealed class QueryOnlyOverGetRule : ValidationRuleBase
{
    public const string Code = "HTTP_METHOD_NOT_ALLOWED";

    public static QueryOnlyOverGetRule Instance { get; } = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation != OperationType.Query)
        {
            context.ReportError(new ValidationError(context.Document.Source, Code,
                $"Only queries may be sent with GET; send this {context.Operation.Operation.ToString().ToLowerInvariant()} with POST.", context.Operation) { Code = Code });
        }

        return default;
    }
}
