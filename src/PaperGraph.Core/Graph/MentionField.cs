namespace PaperGraph.Core.Graph;

/// <summary>Which field of a paper a mention's span indexes.</summary>
public enum MentionField
{
    Title,
    Abstract,
}
