using System.ComponentModel.DataAnnotations;

namespace PaperGraph.Api.Transport;

/// <summary>
/// Cross-origin access to <c>/graphql</c> for browser apps served from other origins (section <c>Cors</c>).
/// Off by default: with no origins listed no CORS header is ever sent and browsers keep their same-origin rule.
/// </summary>
public sealed class CorsSettings : IValidatableObject
{
    public const string SectionName = "Cors";

    /// <summary>Exact origins (<c>https://app.example.org</c>: scheme, host and port, no path); <c>*</c> is not accepted.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>How long a browser may cache a preflight answer.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan PreflightMaxAge { get; set; } = TimeSpan.FromMinutes(10);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var origin in AllowedOrigins)
        {
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
                || uri.GetLeftPart(UriPartial.Authority) != origin.TrimEnd('/'))
            {
                yield return new ValidationResult($"Cors:AllowedOrigins has '{origin}'; give an origin such as https://app.example.org (scheme, host, optional port; no path, no '*').", [nameof(AllowedOrigins)]);
            }
        }
    }
}
