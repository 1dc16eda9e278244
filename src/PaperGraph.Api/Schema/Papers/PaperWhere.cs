using PaperGraph.Core.Graph;

namespace PaperGraph.Api.Schema.Papers;

/// <summary>The <c>where</c> argument of <c>papers</c> as GraphQL.NET binds it.</summary>
internal sealed class PaperWhere
{
    public int? Year { get; set; }

    public string? DateFrom { get; set; }

    public string? DateTo { get; set; }

    public List<string>? Mentions { get; set; }

    public EntityKind? Kind { get; set; }

    public string? Author { get; set; }
}
