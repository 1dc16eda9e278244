using System.Buffers.Text;
using System.Text.Json;

namespace PaperGraph.Store.Neo4j.Paging;

/// <summary>
/// Opaque keyset cursors: the sort key of the last row (ending with its id) as a base64url JSON array.
/// The values go back into Cypher as parameters, never into the query text.
/// </summary>
internal static class Cursor
{
    public static string Encode(params object?[] keys) =>
        Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(keys));

    /// <summary>The keys of <paramref name="cursor"/>, or null when there is none; a malformed cursor is the caller's error.</summary>
    public static JsonElement[]? Decode(string? cursor, int expectedKeys)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }

        try
        {
            var keys = JsonSerializer.Deserialize<JsonElement[]>(Base64Url.DecodeFromChars(cursor));
            if (keys is null || keys.Length != expectedKeys)
            {
                throw new ArgumentException("The cursor does not belong to this list.", nameof(cursor));
            }

            return keys;
        }
        catch (Exception exception) when (exception is FormatException or JsonException)
        {
            throw new ArgumentException("The cursor is not one this store made.", nameof(cursor), exception);
        }
    }
}
