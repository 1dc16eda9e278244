using System.Security.Cryptography;
using System.Text.Json;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;

namespace PaperGraph.Store.Neo4j.Papers;

/// <summary>
/// The properties an upsert writes to a <c>:Paper</c> node, with what search matches and ranks by (see
/// <see cref="SearchWords"/> and <see cref="SearchStatistics"/>): the words, their count, and which of the
/// <see cref="Papers.CommonWords"/> the paper holds. <see cref="Fingerprint"/> hashes the stored
/// fields (author keys follow from the authors), so "unchanged" is one string comparison inside the write statement.
/// </summary>
internal sealed record PaperRow(
    string Id,
    string Title,
    string Abstract,
    string? ArxivId,
    string? ArxivKey,
    IReadOnlyList<string> Authors,
    IReadOnlyList<string> AuthorKeys,
    int? DateYear,
    int? DateMonth,
    int? DateDay,
    long DateOrd,
    string TitleKey,
    string TitleWords,
    string AbstractWords,
    int TokenCount,
    IReadOnlyList<string> CommonWords,
    IReadOnlyList<string> Categories,
    string Fingerprint)
{
    public static PaperRow From(Paper paper)
    {
        var title = SearchWords.Tokens(paper.Title);
        var text = SearchWords.Tokens(paper.Abstract);
        return new(
            paper.Id,
            paper.Title,
            paper.Abstract,
            paper.ArxivId,
            string.IsNullOrWhiteSpace(paper.ArxivId) ? null : PaperIds.NormalizeArxivId(paper.ArxivId),
            paper.Authors,
            [.. paper.Authors.Select(Core.Authors.AuthorNames.Key)],
            paper.Date?.Year,
            paper.Date?.Month,
            paper.Date?.Day,
            DateKey.Of(paper.Date),
            PaperIds.NormalizeTitle(paper.Title),
            SearchWords.Sequence(title),
            SearchWords.Sequence(text),
            title.Count + text.Count,
            [.. title.Concat(text).Where(Papers.CommonWords.All.Contains).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            paper.Categories,
            FingerprintOf(paper));
    }

    /// <summary>Categories count only when there are some, so a paper without them keeps the fingerprint it had before they were stored.</summary>
    public static string FingerprintOf(Paper paper)
    {
        object?[] fields = [paper.Title, paper.Abstract, paper.ArxivId, paper.Authors, paper.Date?.ToString()];
        var canonical = JsonSerializer.SerializeToUtf8Bytes(paper.Categories.Count > 0 ? [.. fields, paper.Categories] : fields);
        return Convert.ToHexStringLower(SHA256.HashData(canonical));
    }
}
