using System.ComponentModel.DataAnnotations;

namespace PaperGraph.Store.Neo4j;

/// <summary>Where the Neo4j store finds its server and how hard it tries; bound from the <c>Neo4j</c> section.</summary>
public sealed class Neo4jOptions : IValidatableObject
{
    public const string SectionName = "Neo4j";

    /// <summary>The server's HTTP root, e.g. <c>http://127.0.0.1:7474</c>; endpoints are discovered from it.</summary>
    [Required, Url]
    public string Url { get; set; } = "";

    /// <summary>
    /// Further members of the same cluster, tried in turn (from <see cref="Url"/> on) when the member in use cannot
    /// be reached. With server-side routing (4.4/5.x) any member takes any transaction and passes writes to the leader.
    /// </summary>
    public IList<string> OtherUrls { get; set; } = [];

    /// <summary>Database name for 4.x/5.x servers; 3.x has one database and ignores it.</summary>
    [Required]
    public string Database { get; set; } = "neo4j";

    /// <summary>Basic-auth user; no auth header is sent when empty.</summary>
    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>Rows per write transaction (one HTTP request).</summary>
    [Range(1, 100_000)]
    public int BatchSize { get; set; } = 500;

    /// <summary>
    /// The most matches a search by relevance alone ranks; a search matching more lists them in the common-word order
    /// (title hits first, then the rest, newest first), as the SQLite store does past its own limit of the same name.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int SearchRankLimit { get; set; } = 10_000;

    /// <summary>Time limit of one HTTP attempt.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Retries after the first attempt for transient failures.</summary>
    [Range(0, 20)]
    public int MaxRetries { get; set; } = 5;

    /// <summary>First retry delay; later ones grow exponentially with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How long the circuit stays open once too many calls failed.</summary>
    [Range(typeof(TimeSpan), "00:00:00.5", "00:10:00")]
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(5);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        OtherUrls.Where(url => !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            .Select(url => new ValidationResult($"Neo4j:OtherUrls has '{PaperGraph.Core.Text.RedactedUrl.Of(url)}'; give each member's HTTP root, e.g. http://10.0.0.2:7474.", [nameof(OtherUrls)]));
}
