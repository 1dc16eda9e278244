using GraphQL.Types;
using PaperGraph.Core.Storage;

namespace PaperGraph.Api.Schema.Papers;

/// <summary>Orders for paper lists.</summary>
internal sealed class PaperOrderEnum : EnumerationGraphType<PaperOrder>
{
    public PaperOrderEnum()
    {
        Name = "PaperOrder";
        Description = "How to order papers; every order ends with the paper id, so paging is stable. RELEVANCE is full-text rank when searching (on SQLite, a search matching more papers than its rank limit lists title hits first, then the rest, newest first), else ID.";
    }
}
