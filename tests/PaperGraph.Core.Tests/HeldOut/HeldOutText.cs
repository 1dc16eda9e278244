using System.Text.Json.Serialization;

namespace PaperGraph.Core.Tests.HeldOut;

/// <summary>One line of HeldOut/texts.jsonl: a paper as drawn from the arXiv corpus.</summary>
internal sealed record HeldOutText(
    [property: JsonPropertyName("index")] int Index,
    [property: JsonPropertyName("arxivId")] string ArxivId,
    [property: JsonPropertyName("date")] string Date,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("abstract")] string Abstract);
