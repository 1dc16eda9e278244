using System.ComponentModel.DataAnnotations;

namespace PaperGraph.Api.Security;

/// <summary>
/// Who may write, and what a production API shows about itself; bound from the <c>Security</c> section.
/// Writes are the <c>ingest</c> mutation and the <c>quarantine</c> (whose records hold raw input bytes).
/// </summary>
public sealed class ApiSecurityOptions
{
    public const string SectionName = "Security";

    /// <summary>
    /// The key a writer sends as <c>Authorization: Bearer &lt;key&gt;</c> or <c>X-Api-Key: &lt;key&gt;</c>. Without one,
    /// writes are refused unless <see cref="AllowAnonymousLoopbackWrites"/> is set.
    /// </summary>
    [MinLength(16, ErrorMessage = "Security:ApiKey must be at least 16 characters.")]
    public string? ApiKey { get; set; }

    /// <summary>
    /// Lets requests from this machine's loopback address write without the key (<c>papergraph serve</c> sets it:
    /// a laptop's own service). Never set it behind a reverse proxy on the same host: every request would be loopback.
    /// </summary>
    public bool AllowAnonymousLoopbackWrites { get; set; }

    /// <summary><c>__schema</c> and <c>__type</c> answer (GraphiQL needs them); turn off in production if the schema is private.</summary>
    public bool EnableIntrospection { get; set; } = true;

    /// <summary>"Did you mean …?" in validation errors; turn off in production so errors do not list field names.</summary>
    public bool EnableFieldSuggestions { get; set; } = true;
}
