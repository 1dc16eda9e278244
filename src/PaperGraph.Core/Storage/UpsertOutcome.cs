namespace PaperGraph.Core.Storage;

/// <summary>The result of upserting one record, in input order.</summary>
public sealed record UpsertOutcome(string PaperId, UpsertResult Result);
