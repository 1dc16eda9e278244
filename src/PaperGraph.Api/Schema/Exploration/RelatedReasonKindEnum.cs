using GraphQL.Types;
using PaperGraph.Core.Exploration;

namespace PaperGraph.Api.Schema.Exploration;

/// <summary>Why one paper is related to another.</summary>
internal sealed class RelatedReasonKindEnum : EnumerationGraphType<RelatedReasonKind>
{
    public RelatedReasonKindEnum()
    {
        Name = "RelatedReasonKind";
        Description = "Why one paper is related to another.";
    }
}
