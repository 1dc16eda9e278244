using GraphQL.Types;

namespace PaperGraph.Api.Schema.Paging;

/// <summary>Relay page info, both directions (Relay Cursor Connections specification).</summary>
internal sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Where a page starts and ends, and whether items come after or before it.";
        Field<NonNullGraphType<BooleanGraphType>, bool>("hasNextPage")
            .Description("True when items follow this page (with `last`/`before`: when items follow `before`).")
            .ResolveAsync(async ctx => await ctx.Source.HasNextPage(ctx.CancellationToken));
        Field<NonNullGraphType<BooleanGraphType>, bool>("hasPreviousPage")
            .Description("True when items precede this page (with `first`/`after`: when items precede `after`).")
            .ResolveAsync(async ctx => await ctx.Source.HasPreviousPage(ctx.CancellationToken));
        Field(p => p.StartCursor, nullable: true).Description("Cursor of the first item; pass it as `before` for the previous page. Null on an empty page.");
        Field(p => p.EndCursor, nullable: true).Description("Cursor of the last item; pass it as `after` for the next page. Null on an empty page.");
    }
}
