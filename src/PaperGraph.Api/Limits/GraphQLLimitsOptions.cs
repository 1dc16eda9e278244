using System.ComponentModel.DataAnnotations;

namespace PaperGraph.Api.Limits;

/// <summary>
/// Every limit the GraphQL endpoint enforces, in one place (section <c>GraphQL</c>). Violations are
/// answered before any store call: HTTP limits by the endpoint, the rest by validation rules, and by
/// resolvers for values that arrive in variables (validation does not re-run on a cached document).
/// </summary>
public sealed class GraphQLLimitsOptions
{
    public const string SectionName = "GraphQL";

    [Range(1, 64)]
    public int MaxDepth { get; set; } = 12;

    /// <summary>GraphQL.NET's complexity: fields weighted by their parents' <c>first</c> (lists without it count 5).</summary>
    [Range(10, 10_000_000)]
    public int MaxComplexity { get; set; } = 50_000;

    [Range(0, 10_000)]
    public int MaxAliases { get; set; } = 50;

    /// <summary>Largest <c>first</c> (and <c>limit</c>) any list argument accepts.</summary>
    [Range(1, 10_000)]
    public int MaxPageSize { get; set; } = 100;

    [Range(1_024, 64 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 1024 * 1024;

    [Range(typeof(TimeSpan), "00:00:00.1", "00:10:00")]
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(15);

    [Range(1, PaperGraph.Core.Resolution.EntityResolver.MaxInputs)]
    public int MaxResolveInputs { get; set; } = 1_000;

    /// <summary>Parsed documents kept, counted in query characters.</summary>
    [Range(0, 100_000_000)]
    public int DocumentCacheChars { get; set; } = 1_000_000;
}
