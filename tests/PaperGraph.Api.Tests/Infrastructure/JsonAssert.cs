using System.Text.Json;
using System.Text.Json.Nodes;

namespace PaperGraph.Api.Tests.Infrastructure;

/// <summary>Compares a response with expected JSON as trees, showing both when they differ.</summary>
internal static class JsonAssert
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static void Equal(string expected, JsonNode? actual)
    {
        var want = JsonNode.Parse(expected);
        if (!JsonNode.DeepEquals(want, actual))
        {
            Assert.Fail($"JSON differs.\nExpected:\n{want?.ToJsonString(Indented)}\nActual:\n{actual?.ToJsonString(Indented)}");
        }
    }
}
