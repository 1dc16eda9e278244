namespace PaperGraph.Api.Reconciliation;

/// <summary>What properties are compared with: a candidate's kind, normalised introducer ids and titles, years, normalised author names.</summary>
internal sealed record CandidateFacts(string Kind, IReadOnlySet<string> Introducers, IReadOnlySet<int> Years, IReadOnlySet<string> Authors)
{
    /// <summary>For a candidate the store no longer holds: agrees with nothing.</summary>
    public static CandidateFacts None { get; } = new("", new HashSet<string>(), new HashSet<int>(), new HashSet<string>());
}
