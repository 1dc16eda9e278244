using System.Buffers.Text;
using System.Text.Json;

namespace PaperGraph.Core.Storage;

/// <summary>
/// Opaque page cursors, one format for every store: the base64url of a small JSON array holding the list's
/// name, the sort key and the id of the last item. A cursor from another list, or one that was tampered with,
/// is refused. The key goes back into SQL or Cypher as a parameter, never into the query text.
/// </summary>
public static class PageCursor
{
    public const string Entities = "entities";
    public const string Quarantine = "quarantine";
    public const string Mentioning = "mentioning";
    public const string PapersByRank = "rank";

    /// <summary>Relevance for a search matching too many papers to rank: title hits first, then the rest, newest first.</summary>
    public const string PapersByRankCommon = "rank-common";
    public const string PapersById = "id";
    public const string PapersByDateDesc = "date-desc";
    public const string PapersByDateAsc = "date-asc";
    public const string PapersByTitle = "title";

    /// <summary>The list a paper page belongs to: relevance is a rank only when there is search text, else the id order.</summary>
    public static string PaperList(PaperOrder order, bool isSearch) => order switch
    {
        PaperOrder.Relevance => isSearch ? PapersByRank : PapersById,
        PaperOrder.DateDesc => PapersByDateDesc,
        PaperOrder.DateAsc => PapersByDateAsc,
        PaperOrder.Title => PapersByTitle,
        PaperOrder.Id => PapersById,
        _ => throw new ArgumentOutOfRangeException(nameof(order), order, "Unknown paper order."),
    };

    public static string Encode<TKey>(string list, TKey key, string id) =>
        Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new object?[] { list, key, id }));

    /// <summary>Whether <paramref name="cursor"/> was made by <paramref name="list"/> (any other cursor, or a broken one, is not).</summary>
    public static bool IsOf<TKey>(string? cursor, string list)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return false;
        }

        try
        {
            Decode<TKey>(cursor, list);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    public static (TKey Key, string Id) Decode<TKey>(string cursor, string list)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        try
        {
            using var document = JsonDocument.Parse(Base64Url.DecodeFromChars(cursor));
            var items = document.RootElement;
            if (items.ValueKind == JsonValueKind.Array && items.GetArrayLength() == 3
                && items[0].ValueKind == JsonValueKind.String && items[0].GetString() == list
                && items[2].ValueKind == JsonValueKind.String
                && items[1].Deserialize<TKey>() is { } key)
            {
                return (key, items[2].GetString()!);
            }
        }
        catch (Exception exception) when (exception is FormatException or JsonException or InvalidOperationException)
        {
            throw new ArgumentException("The cursor is not one this list made.", nameof(cursor), exception);
        }

        throw new ArgumentException("The cursor is not one this list made.", nameof(cursor));
    }
}
