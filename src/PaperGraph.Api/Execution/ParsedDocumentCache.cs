using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;
using PaperGraph.Api.Limits;

namespace PaperGraph.Api.Execution;

/// <summary>
/// The parsed-document cache. GraphQL.NET 8 moved <c>IDocumentCache</c>/<c>MemoryDocumentCache</c> into a
/// package this feed lacks, so this is the same idea on the <see cref="IConfigureExecution"/> seam: a
/// document that parsed and validated once is reused, and on a hit only the cached-document rules of
/// <see cref="ValidationRuleSets"/> run (the complexity limit, which the variables change, so resolvers still clamp
/// <c>first</c>; the write-access check, which the caller changes). An execution that names no rules gets a POST's.
/// </summary>
internal sealed class ParsedDocumentCache(GraphQLLimitsOptions limits, ValidationRuleSets validation) : IConfigureExecution, IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = Math.Max(1, limits.DocumentCacheChars) });

    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.ValidationRules is null)
        {
            options.ValidationRules = validation.Post.Fresh;
            options.CachedDocumentValidationRules = validation.Post.Cached;
        }

        if (options.Document is not null || options.Query is null || limits.DocumentCacheChars == 0)
        {
            return await next(options);
        }

        var cached = _cache.TryGetValue<GraphQLDocument>(options.Query, out var document);
        if (cached)
        {
            options.Document = document;
            options.ValidationRules = options.CachedDocumentValidationRules;
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
