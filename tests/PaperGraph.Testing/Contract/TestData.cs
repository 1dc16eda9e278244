using System.Security.Cryptography;
using System.Text;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;

namespace PaperGraph.Testing.Contract;

/// <summary>Builders for the store contract suite: small, explicit papers, entities and records.</summary>
public static class TestData
{
    /// <summary>A fixed instant; whole seconds so every store round-trips it exactly.</summary>
    public static readonly DateTimeOffset T0 = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static Paper Paper(
        string id,
        string title = "A paper",
        string @abstract = "An abstract.",
        ListingDate? date = null,
        string? arxivId = null,
        IReadOnlyList<string>? authors = null) => new()
        {
            Id = id,
            Title = title,
            Abstract = @abstract,
            ArxivId = arxivId,
            Authors = authors ?? ["Ada Lovelace", "Alan Turing"],
            Date = date,
        };

    public static ListingDate Date(int year, int month, int day) => new(year, month, day);

    /// <summary>A record of <paramref name="paper"/>; the content hash defaults to a hash of its fields.</summary>
    public static PaperRecord Record(
        Paper paper,
        string source = "listing-a.jsonl",
        long line = 1,
        DateTimeOffset? seenAt = null,
        string? contentHash = null) =>
        new(paper, source, line, contentHash ?? HashOf(paper), seenAt ?? T0);

    public static string HashOf(Paper paper)
    {
        var text = string.Join('\u001f', paper.Id, paper.Title, paper.Abstract, paper.ArxivId, paper.Date?.ToString(), string.Join('\u001e', paper.Authors));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    public static Entity Entity(string id, string name, EntityKind kind = EntityKind.Method, params string[] aliases) => new()
    {
        Id = id,
        Name = name,
        Kind = kind,
        Aliases = aliases,
        Source = "curated",
    };

    /// <summary>A mention of <paramref name="surface"/> at its first occurrence in the paper's field, so spans are exact.</summary>
    public static Mention Mention(Paper paper, string entityId, string surface, MentionField field = MentionField.Abstract, int occurrence = 0)
    {
        var text = field == MentionField.Title ? paper.Title : paper.Abstract;
        var start = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            start = text.IndexOf(surface, start + 1, StringComparison.Ordinal);
            if (start < 0)
            {
                throw new ArgumentException($"'{surface}' occurs fewer than {occurrence + 1} times in {paper.Id}'s {field}.", nameof(surface));
            }
        }

        return new Mention(paper.Id, entityId, field, start, start + surface.Length, surface, 0.9, "test-1");
    }

    /// <summary>A mention of an entity somewhere in the paper: enough for counts and co-mentions.</summary>
    public static PaperAnnotations Mentions(Paper paper, params string[] entityIds) =>
        new(paper.Id, entityIds.Select((id, i) => new Mention(paper.Id, id, MentionField.Abstract, i, i + 1, paper.Abstract[i..(i + 1)], 0.5, "test-1")).ToList(), []);

    public static PaperLink Link(string citing, string cited, double score, params string[] via) =>
        new(citing, cited, PaperLinkKind.BuildsOn, via, score, $"{citing} builds on {cited}.");

    public static QuarantineRecord Quarantine(string id, DateTimeOffset at, string reasonCode = "empty-abstract") => new()
    {
        Id = id,
        Source = "listing-bad.jsonl",
        Line = 7,
        Offset = 1234,
        ReasonCode = reasonCode,
        Reason = "The record has no abstract.",
        Raw = [0x7b, 0x22, 0xff, 0x00, 0x7d],
        Format = "jsonl",
        QuarantinedAt = at,
    };
}
