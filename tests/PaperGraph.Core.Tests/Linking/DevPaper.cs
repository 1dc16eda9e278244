using System.Text.Json.Serialization;

namespace PaperGraph.Core.Tests.Linking;

/// <summary>One hand-labelled paper of DevSet/devset.jsonl.</summary>
public sealed record DevPaper(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("abstract")] string Abstract,
    [property: JsonPropertyName("arxivId")] string? ArxivId,
    [property: JsonPropertyName("mentions")] IReadOnlyList<DevMention> Mentions,
    [property: JsonPropertyName("introduced")] IReadOnlyList<string> Introduced,
    [property: JsonPropertyName("buildsOn")] IReadOnlyList<string> BuildsOn);
