namespace PaperGraph.Api.Schema;

/// <summary>The <c>extensions.code</c> of argument errors; each message names the argument and what it accepts.</summary>
internal static class ArgumentCodes
{
    public const string OutOfRange = "ARGUMENT_OUT_OF_RANGE";
    public const string InvalidPaging = "INVALID_PAGING_ARGUMENTS";
    public const string InvalidCursor = "INVALID_CURSOR";
    public const string InvalidDate = "INVALID_DATE";
    public const string InvalidId = "INVALID_ID";
}
