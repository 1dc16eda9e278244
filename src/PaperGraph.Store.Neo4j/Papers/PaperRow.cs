using System.Security.Cryptography;
using System.Text.Json;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;

namespace PaperGraph.Store.Neo4j.Papers;

/// <summary>
/// The properties an upsert writes to a <c>:Paper</c> node, with the words search matches
/// (see <see cref="SearchWords"/>). <see cref="Fingerprint"/> hashes the stored
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
    string Fingerprint)
{
    public static PaperRow From(Paper paper) => new(
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
        SearchWords.Delimited(paper.Title),
        SearchWords.Delimited(paper.Abstract),
        FingerprintOf(paper));

    public static string FingerprintOf(Paper paper)
    {
        var canonical = JsonSerializer.SerializeToUtf8Bytes(new object?[]
        {
            paper.Title, paper.Abstract, paper.ArxivId, paper.Authors, paper.Date?.ToString(),
        });
        return Convert.ToHexStringLower(SHA256.HashData(canonical));
    }
}
