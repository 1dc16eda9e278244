namespace PaperGraph.Core.Export;

/// <summary>What a pass over the papers reads besides the papers themselves, so a pass reads no more than it writes.</summary>
[Flags]
internal enum ExportParts
{
    None = 0,
    Mentions = 1,
    Introduced = 2,
    Links = 4,

    /// <summary>Entities and cited titles referred to by what else is read.</summary>
    Names = 8,
    All = Mentions | Introduced | Links | Names,
}
