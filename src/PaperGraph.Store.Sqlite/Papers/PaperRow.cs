using System.Text.Json;
using PaperGraph.Core.Graph;

namespace PaperGraph.Store.Sqlite.Papers;

/// <summary>A paper as the columns of the <c>papers</c> table hold it.</summary>
internal readonly record struct PaperRow(
    string Id,
    string Title,
    string Abstract,
    string? ArxivId,
    string TitleKey,
    string Authors,
    string? Date,
    int? Year,
    int? Month,
    int? Day,
    long DateKey,
    string Categories)
{
    public static PaperRow From(Paper paper) => new(
        paper.Id,
        paper.Title,
        paper.Abstract,
        paper.ArxivId,
        PaperIds.NormalizeTitle(paper.Title),
        JsonSerializer.Serialize(paper.Authors),
        paper.Date?.ToString(),
        paper.Date?.Year,
        paper.Date?.Month,
        paper.Date?.Day,
        Core.Storage.DateKey.Of(paper.Date),
        JsonSerializer.Serialize(paper.Categories));

    /// <summary>Whether the stored columns say the same paper; the title key follows from the title.</summary>
    public bool SameContentAs(string title, string @abstract, string? arxivId, string authors, string? date, string categories) =>
        Title == title && Abstract == @abstract && ArxivId == arxivId && Authors == authors && Date == date && Categories == categories;
}
