namespace PaperGraph.Core.Graph;

/// <summary>
/// One occurrence of an entity in a paper. <see cref="Start"/> and <see cref="End"/> index the field as a
/// .NET string (UTF-16 code units, end exclusive), and <see cref="Surface"/> equals <c>field[Start..End]</c>.
/// </summary>
public sealed record Mention(
    string PaperId,
    string EntityId,
    MentionField Field,
    int Start,
    int End,
    string Surface,
    double Score,
    string ExtractorVersion);
