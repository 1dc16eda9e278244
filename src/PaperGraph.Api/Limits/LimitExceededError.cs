using GraphQL.Validation;
using GraphQLParser.AST;

namespace PaperGraph.Api.Limits;

/// <summary>A request over one of <see cref="GraphQLLimitsOptions"/>: carries its code and the limit for <c>extensions</c>.</summary>
internal sealed class LimitExceededError : ValidationError
{
    public LimitExceededError(string code, string message, long limit, ASTNode? node = null, string? source = null)
        : base(source ?? "", code, message, node is null ? [] : [node])
    {
        Code = code;
        Limit = limit;
    }

    public long Limit { get; }
}
