using System.Text.Json;

namespace PaperGraph.Store.Neo4j.Http;

/// <summary>Typed reads of one result row (a JSON array) by column position.</summary>
internal static class CypherRow
{
    public static string String(this JsonElement row, int column) => row[column].GetString()!;

    public static string? NullableString(this JsonElement row, int column) =>
        row[column].ValueKind == JsonValueKind.Null ? null : row[column].GetString();

    public static long Int64(this JsonElement row, int column) => row[column].GetInt64();

    public static long? NullableInt64(this JsonElement row, int column) =>
        row[column].ValueKind == JsonValueKind.Null ? null : row[column].GetInt64();

    public static double Double(this JsonElement row, int column) => row[column].GetDouble();

    public static T As<T>(this JsonElement row, int column) =>
        row[column].Deserialize<T>(Json) ?? throw new JsonException($"Column {column} is null.");

    public static IReadOnlyList<string> Strings(this JsonElement row, int column) =>
        row[column].ValueKind == JsonValueKind.Null ? [] : row[column].EnumerateArray().Select(item => item.GetString()!).ToList();

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
