using GraphQL.Types;

namespace PaperGraph.Api.Schema.Paging;

/// <summary>Relay page info, forward paging only.</summary>
internal sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Where a page ends and whether another follows.";
        Field(p => p.HasNextPage).Description("True when another page follows this one.");
        Field(p => p.EndCursor, nullable: true).Description("Cursor of the last item; null on an empty page.");
    }
}
