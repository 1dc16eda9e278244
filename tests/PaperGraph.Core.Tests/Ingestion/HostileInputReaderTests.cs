using System.Text;
using PaperGraph.Core.Text;

namespace PaperGraph.Core.Tests.Ingestion;

/// <summary>Input an attacker or a careless tool writes: each bad record is one quarantined record, the rest is read.</summary>
public sealed class HostileInputReaderTests
{
    private const string Abstract = "We study selective state space models for sequence modeling.";

    [Fact]
    public async Task ReadAsync_EscapedLoneSurrogate_OneRecordQuarantinedNeighboursRead()
    {
        var text = $$"""
            {"title": "Before", "abstract": "{{Abstract}}"}
            {"title": "Broken \ud800 title", "abstract": "{{Abstract}}"}
            {"title": "After", "abstract": "{{Abstract}}"}
            """;

        var items = await ListingReading.ReadAsync(text, "surrogate.jsonl");

        var quarantined = Assert.Single(items.Quarantined());
        Assert.Equal("invalid-unicode", quarantined.ReasonCode);
        Assert.Equal(2, quarantined.Line);
        Assert.Equal(["Before", "After"], items.Records().Select(r => r.Paper.Title));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ReadAsync_Utf16WithByteOrderMark_ReadAsText(bool bigEndian)
    {
        var encoding = bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode;
        var text = $$"""
            {"title": "Ünïcode paper", "abstract": "{{Abstract}}"}
            {"title": "Second", "abstract": "{{Abstract}}"}
            """;
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];

        var items = await ListingReading.ReadAsync(bytes, "windows.jsonl");

        Assert.Empty(items.Quarantined());
        Assert.Equal(["Ünïcode paper", "Second"], items.Records().Select(r => r.Paper.Title));
    }

    [Fact]
    public async Task ReadAsync_ControlAndBidiCharactersInTitle_StoredWithoutThem()
    {
        var text = "{\"title\": \"Evil\\u001b[31m red\\u0007 \\u202eyxes\\u0085 title\", \"abstract\": \"" + Abstract + "\\u001b[2J\"}";

        var items = await ListingReading.ReadAsync(text, "control.jsonl");

        var record = Assert.Single(items.Records());
        Assert.Equal("Evil [31m red yxes title", record.Paper.Title);
        Assert.DoesNotContain(record.Paper.Abstract, c => char.IsControl(c));
    }

    [Theory]
    [InlineData("plain name", "plain name")]
    [InlineData("evil\nINF forged line", "evil\\u000AINF forged line")]
    [InlineData("\u001b[31mred\u0007", "\\u001B[31mred\\u0007")]
    [InlineData("abc\u202Etxt.exe", "abc\\u202Etxt.exe")]
    public void PrintableText_Escape_ControlsBecomeEscapes(string text, string expected) =>
        Assert.Equal(expected, PrintableText.Escape(text));

    [Theory]
    [InlineData("http://neo4j:secret@127.0.0.1:7474/db", "http://***@127.0.0.1:7474/db")]
    [InlineData("http://127.0.0.1:7474", "http://127.0.0.1:7474")]
    [InlineData("https://u:p@host", "https://***@host")]
    [InlineData("http://host/path@x", "http://host/path@x")]
    public void RedactedUrl_Of_HidesCredentialsOnly(string url, string expected) =>
        Assert.Equal(expected, RedactedUrl.Of(url));
}
