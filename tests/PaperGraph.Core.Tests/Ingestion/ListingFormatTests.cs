using System.IO.Compression;
using System.Text;
using PaperGraph.Core.Graph;
using static PaperGraph.Core.Tests.Ingestion.ListingSamples;

namespace PaperGraph.Core.Tests.Ingestion;

public sealed class ListingFormatTests
{
    [Fact]
    public async Task ReadAsync_JsonLinesAndAtomWithSamePapers_GiveSameIdsAndText()
    {
        var json = await ListingReading.ReadAsync(JsonLines([.. Papers.Select(p => JsonLine(p.Title, p.Abstract, p.ArxivId))]), "papers.jsonl");
        var atom = await ListingReading.ReadAsync(AtomFeed([.. Papers.Select(AtomEntry)]), "papers.xml");

        Assert.Equal(["arxiv:2312.00752", "arxiv:2111.00396", "arxiv:1706.03762"], json.Records().Select(r => r.Paper.Id));
        Assert.Equal(json.Records().Select(r => r.Paper.Id), atom.Records().Select(r => r.Paper.Id));
        Assert.Equal(json.Records().Select(r => r.Paper.Title), atom.Records().Select(r => r.Paper.Title));
        Assert.Equal(json.Records().Select(r => r.Paper.Abstract), atom.Records().Select(r => r.Paper.Abstract));
        Assert.Equal(["Albert Gu", "Tri Dao"], atom.Records()[0].Paper.Authors);
        Assert.Equal(new ListingDate(2023, 12, 1), atom.Records()[0].Paper.Date);
    }

    [Fact]
    public async Task ReadAsync_GzippedJsonLinesInCorpusSpelling_ReadsIdDateAuthorsFromIt()
    {
        var line = """{"arxiv_id": "2503.11685", "title": "CORDIC Is All You Need", "abstract": "Artificial intelligence necessitates adaptable hardware accelerators.", "authors": ["Omkar Kokane", "Adam Teman"], "categories": ["cs.LG", "cs.AR"], "primary_category": "cs.AR", "listing_date": "2025-03-18", "abs_url": "https://arxiv.org/abs/2503.11685"}""";
        var noId = """{"title": "FloPE: Flower Pose Estimation", "abstract": "This study presents FloPE.", "abs_url": "https://arxiv.org/abs/2503.11692v3"}""";
        using var compressed = new MemoryStream();
        await using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            await gzip.WriteAsync(Bytes(line + "\n" + noId + "\n"), TestContext.Current.CancellationToken);
        }

        var records = (await ListingReading.ReadAsync(compressed.ToArray(), "corpus.jsonl.gz")).Records();

        Assert.Equal(2, records.Count);
        Assert.Equal("arxiv:2503.11685", records[0].Paper.Id);
        Assert.Equal(new ListingDate(2025, 3, 18), records[0].Paper.Date);
        Assert.Equal(["Omkar Kokane", "Adam Teman"], records[0].Paper.Authors);
        Assert.Equal(["cs.AR", "cs.LG"], records[0].Paper.Categories); // the primary category first
        Assert.Empty(records[1].Paper.Categories);
        Assert.Equal("corpus.jsonl.gz", records[0].Source);
        Assert.Equal("arxiv:2503.11692", records[1].Paper.Id);
        Assert.Equal(2, records[1].Line);
    }

    [Fact]
    public async Task ReadAsync_TitleVariants_GiveOneIdAndNormalisedText()
    {
        var summary = Abstract("selective state spaces");
        var variants = JsonLines(
            JsonLine("Mamba: Linear-Time Sequence Modeling", summary),
            JsonLine("  mamba:  linear-time\tsequence   MODELING ", summary),
            JsonLine("Mamba — Linear–Time Sequence Modeling!", summary),
            JsonLine("Mamba: Linear-Time Sequence Modeling".Normalize(NormalizationForm.FormD), summary));

        var records = (await ListingReading.ReadAsync(variants, "variants.jsonl")).Records();

        Assert.Equal(4, records.Count);
        Assert.Single(records.Select(r => r.Paper.Id).Distinct());
        Assert.StartsWith("title:", records[0].Paper.Id, StringComparison.Ordinal);
        Assert.Equal("mamba: linear-time sequence MODELING", records[1].Paper.Title);
    }

    [Fact]
    public async Task ReadAsync_AccentedTitleInNfd_IsStoredInNfc()
    {
        var decomposed = "Schro\u0308dinger Bridges for Generative Modeling";

        var record = Assert.Single((await ListingReading.ReadAsync(JsonLines(JsonLine(decomposed, Abstract("bridges"))), "nfc.jsonl")).Records());

        Assert.Equal("Schr\u00f6dinger Bridges for Generative Modeling", record.Paper.Title);
        Assert.Equal(PaperIds.FromTitle("Schrodinger bridges for generative modeling"), record.Paper.Id);
    }

    [Fact]
    public async Task ReadAsync_ContentDisagreesWithExtension_ContentWins()
    {
        var json = await ListingReading.ReadAsync(JsonLines(JsonLine(Papers[0].Title, Papers[0].Abstract)), "listing.txt");
        var atom = await ListingReading.ReadAsync(AtomFeed(AtomEntry(Papers[0])), "listing.jsonl");

        Assert.Equal("arxiv:2312.00752", Assert.Single(atom.Records()).Paper.Id);
        Assert.Equal(Papers[0].Title, Assert.Single(json.Records()).Paper.Title);
    }

    [Fact]
    public async Task ReadAsync_ByteOrderMarkAndCrLf_AreAccepted()
    {
        byte[] content = [0xEF, 0xBB, 0xBF, .. Bytes(JsonLine(Papers[0].Title, Papers[0].Abstract) + "\r\n" + JsonLine(Papers[1].Title, Papers[1].Abstract) + "\r\n")];

        var items = await ListingReading.ReadAsync(content, "bom.jsonl");

        Assert.Empty(items.Quarantined());
        Assert.Equal([1L, 2L], items.Records().Select(r => r.Line));
    }

    [Fact]
    public async Task ReadAsync_MalformedAtom_KeepsRestOfFileFromErrorLineAsRaw()
    {
        var feed = AtomFeed(AtomEntry(Papers[0]), "  <entry><title>Broken</titel></entry>", AtomEntry(Papers[1]));

        var quarantined = Assert.Single((await ListingReading.ReadAsync(feed, "bad.xml")).Quarantined());

        var raw = Encoding.UTF8.GetString(quarantined.Raw);
        Assert.StartsWith("  <entry><title>Broken</titel>", raw, StringComparison.Ordinal);
        Assert.EndsWith("</feed>\n", raw, StringComparison.Ordinal);
        Assert.Equal(feed.IndexOf("  <entry><title>Broken", StringComparison.Ordinal), quarantined.Offset);
    }

    [Fact]
    public async Task ReadAsync_SameBadRecordTwice_GivesSameQuarantineId()
    {
        var content = BadInputCase.All["truncated-json"];

        var first = Assert.Single((await ListingReading.ReadAsync(content.Content, content.FileName)).Quarantined());
        var second = Assert.Single((await ListingReading.ReadAsync(content.Content, content.FileName)).Quarantined());

        Assert.Equal(first.Id, second.Id);
        Assert.Equal("jsonl", first.Format);
    }

    [Fact]
    public async Task ReadAsync_LineLongerThanLimit_IsQuarantinedInBoundedMemory()
    {
        var limits = new PaperGraph.Core.Ingestion.ListingLimits { MaxLineBytes = 4096 };
        var huge = JsonLine(Papers[1].Title, new string('x', 100_000));
        var content = JsonLines(JsonLine(Papers[0].Title, Papers[0].Abstract), huge, JsonLine(Papers[2].Title, Papers[2].Abstract));

        var items = await ListingReading.ReadAsync(content, "long.jsonl", limits);

        var quarantined = Assert.Single(items.Quarantined());
        Assert.Equal("record-too-long", quarantined.ReasonCode);
        Assert.Equal(2, quarantined.Line);
        Assert.Equal([1L, 3L], items.Records().Select(r => r.Line));
    }

    [Fact]
    public async Task ReadAsync_AtomWithInvalidUtf8_KeepsEntriesBeforeAndQuarantinesTheRest()
    {
        // XmlReader decodes the whole stream, so in Atom a bad byte ends the file like malformed XML does.
        var feed = AtomFeed(AtomEntry(Papers[0]), AtomEntry(Papers[1]).Replace("Tri Dao", "BROKEN", StringComparison.Ordinal), AtomEntry(Papers[2]));

        var items = await ListingReading.ReadAsync(WithInvalidUtf8(feed, "BROKEN"), "bad.xml");

        Assert.Equal([Papers[0].Title], items.Records().Select(r => r.Paper.Title));
        Assert.Equal("malformed-xml", Assert.Single(items.Quarantined()).ReasonCode);
    }
}
