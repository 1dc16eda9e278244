using static PaperGraph.Core.Tests.Ingestion.ListingSamples;

namespace PaperGraph.Core.Tests.Ingestion;

/// <summary>A file with one bad record among good ones: where the bad one is and why it must be quarantined.</summary>
internal sealed record BadInputCase(string FileName, byte[] Content, string ReasonCode, long? Line, string[] GoodTitles)
{
    private static readonly string P0 = Papers[0].Title;
    private static readonly string P1 = Papers[1].Title;
    private static readonly string P2 = Papers[2].Title;
    private static readonly string A0 = Papers[0].Abstract;
    private static readonly string A1 = Papers[1].Abstract;
    private static readonly string A2 = Papers[2].Abstract;

    public static IReadOnlyDictionary<string, BadInputCase> All { get; } = new Dictionary<string, BadInputCase>
    {
        ["invalid-utf8-jsonl"] = new("bad.jsonl", WithInvalidUtf8(JsonLines(JsonLine(P0, A0), JsonLine("BROKEN", A1), JsonLine(P2, A2)), "BROKEN"), "invalid-utf8", 2, [P0, P2]),
        ["invalid-utf8-listing"] = new("bad.txt", WithInvalidUtf8(HfPage(P0, A0, P1, "BROKEN " + A1, P2, A2), "BROKEN"), "invalid-utf8", 13, [P0, P2]),
        ["empty-title"] = new("bad.jsonl", Bytes(JsonLines(JsonLine(P0, A0), JsonLine("  \t ", A1), JsonLine(P2, A2))), "empty-title", 2, [P0, P2]),
        ["empty-abstract"] = new("bad.jsonl", Bytes(JsonLines(JsonLine(P0, A0), JsonLine(P1, " "), JsonLine(P2, A2))), "empty-abstract", 2, [P0, P2]),
        ["title-too-long"] = new("bad.jsonl", Bytes(JsonLines(JsonLine(P0, A0), JsonLine(new string('t', 1_001), A1), JsonLine(P2, A2))), "title-too-long", 2, [P0, P2]),
        ["abstract-too-long"] = new("bad.jsonl", Bytes(JsonLines(JsonLine(P0, A0), JsonLine(P1, string.Concat(Enumerable.Repeat("word ", 10_001))), JsonLine(P2, A2))), "abstract-too-long", 2, [P0, P2]),
        ["abstract-too-long-listing"] = new("bad.txt", Bytes(HfPage(P0, A0, P1, string.Concat(Enumerable.Repeat("A sentence. ", 4_200)), P2, A2)), "abstract-too-long", 13, [P0, P2]),
        ["truncated-json"] = new("bad.jsonl", Bytes(JsonLines(JsonLine(P0, A0), JsonLine(P2, A2), JsonLine(P1, A1)[..40])), "truncated-json", 3, [P0, P2]),
        ["non-object-json"] = new("bad.jsonl", Bytes(JsonLines(JsonLine(P0, A0), "[\"a title\", \"an abstract\"]", JsonLine(P2, A2))), "not-an-object", 2, [P0, P2]),
        ["wrong-field-type"] = new("bad.jsonl", Bytes(JsonLines(JsonLine(P0, A0), "{\"title\": 42, \"abstract\": \"x\"}", JsonLine(P2, A2))), "wrong-field-type", 2, [P0, P2]),
        ["binary-file"] = new("paper.pdf", [0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xFF, 0x00, .. Bytes(P0)], "binary-file", null, []),
        ["title-without-abstract"] = new("bad.txt", Bytes(HfPage(P0, A0, P1, P2, A2)), "missing-abstract", 13, [P0, P2]),
        ["title-without-abstract-at-end"] = new("bad.txt", Bytes(HfPage(P0, A0, P2, A2, P1)), "missing-abstract", 17, [P0, P2]),
        ["malformed-atom"] = new("bad.xml", Bytes(AtomFeed(AtomEntry(Papers[0]), AtomEntry(Papers[2]), "  <entry><title>Broken</titel></entry>", AtomEntry(Papers[1]))), "malformed-xml", 33, [P0, P2]),
    };

    public static TheoryData<string> Names => [.. All.Keys];
}
