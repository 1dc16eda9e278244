namespace PaperGraph.Api.Telemetry;

/// <summary>The <c>outcome</c> label of a GraphQL request.</summary>
internal static class GraphQLOutcome
{
    /// <summary>Executed without an error.</summary>
    public const string Ok = "ok";

    /// <summary>Executed, with errors (a field failed, the store failed, the time ran out): partial data at best.</summary>
    public const string Error = "error";

    /// <summary>Never executed: bad HTTP, parse or validation errors, a limit or missing write access.</summary>
    public const string Rejected = "rejected";
}
