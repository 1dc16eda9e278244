using System.Buffers.Text;
using System.Text.Json;

namespace PaperGraph.Store.Sqlite.Paging;

/// <summary>
/// Opaque page cursors: the base64url of a small JSON array holding the list's name, the sort key and
/// the id of the last item. A cursor from another list, or one that was tampered with, is refused.
/// </summary>
internal static class KeysetCursor
{
    public static string Encode<TKey>(string list, TKey key, string id) =>
        Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new object?[] { list, key, id }));

    public static (TKey Key, string Id) Decode<TKey>(string cursor, string list)
    {
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
