using GraphQL.Types;
using PaperGraph.Core.Graph;

namespace PaperGraph.Api.Schema.Papers;

/// <summary>Which field of a paper a mention indexes.</summary>
internal sealed class MentionFieldEnum : EnumerationGraphType<MentionField>
{
    public MentionFieldEnum()
    {
        Name = "MentionField";
        Description = "Which field of a paper a mention's span indexes.";
    }
}
