using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;
using PaperGraph.Api.Limits;
using PaperGraph.Api.Security;

namespace PaperGraph.Api.Execution;

/// <summary>
/// The parsed-document cache. GraphQL.NET 8 moved <c>IDocumentCache</c>/<c>MemoryDocumentCache</c> into a
/// package this feed lacks, so this is the same idea on the <see cref="IConfigureExecution"/> seam: a
/// document that parsed and validated once is reused, and on a hit only the rules registered for cached
/// documents run, plus the complexity limit, which the variables change (resolvers still clamp <c>first</c>),
/// and the write-access check, which the caller changes.
/// </summary>
internal sealed class ParsedDocumentCache(GraphQLLimitsOptions limits) : IConfigureExecution, IDisposable
{
    private readonly ComplexityLimitsRule _complexity = new(limits);
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = Math.Max(1, limits.DocumentCacheChars) });

    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is null || limits.DocumentCacheChars == 0)
        {
            return await next(options);
        }

        var cached = _cache.TryGetValue<GraphQLDocument>(options.Query, out var document);
        if (cached)
        {
            options.Document = document;
            // The cost depends on the variables ($first), so the depth and complexity analysis runs on every
            // execution; only the rules that look at the document text alone are skipped.
            options.ValidationRules = [.. options.CachedDocumentValidationRules ?? Array.Empty<IValidationRule>(), _complexity, WriteAccessRule.Instance];
        }

        var result = await next(options);
        if (!cached && result.Executed && result.Document is not null)
        {
            _cache.Set(options.Query, result.Document, new MemoryCacheEntryOptions { Size = options.Query.Length });
        }

        return result;
    }

    public void Dispose() => _cache.Dispose();
}
