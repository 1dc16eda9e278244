using GraphQL;
using GraphQL.Execution;

namespace PaperGraph.Api.Limits;

/// <summary>GraphQL.NET's error shape (code, codes), plus <c>extensions.limit</c> for limit violations.</summary>
internal sealed class LimitErrorInfoProvider(ErrorInfoProviderOptions options) : ErrorInfoProvider(options)
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        if (executionError is LimitExceededError limit)
        {
            var extensions = info.Extensions ?? new Dictionary<string, object?>();
            extensions["limit"] = limit.Limit;
            info.Extensions = extensions;
        }

        return info;
    }
}
