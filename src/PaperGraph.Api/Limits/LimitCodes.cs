namespace PaperGraph.Api.Limits;

/// <summary>The <c>extensions.code</c> of each limit violation; clients may switch on these.</summary>
internal static class LimitCodes
{
    public const string MaxDepth = "MAX_DEPTH_EXCEEDED";
    public const string MaxComplexity = "MAX_COMPLEXITY_EXCEEDED";
    public const string MaxAliases = "MAX_ALIASES_EXCEEDED";
    public const string PageSize = "PAGE_SIZE_EXCEEDED";
    public const string TooManyInputs = "TOO_MANY_INPUTS";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string Timeout = "TIMEOUT";
}
