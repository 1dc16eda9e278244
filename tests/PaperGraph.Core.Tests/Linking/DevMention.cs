using System.Text.Json.Serialization;

namespace PaperGraph.Core.Tests.Linking;

/// <summary>A gold mention: <c>new</c> is the paper's own introduced entity, <c>unk:</c> a name no catalog has.</summary>
public sealed record DevMention(
    [property: JsonPropertyName("field")] string Field,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("surface")] string Surface,
    [property: JsonPropertyName("entityId")] string EntityId);
