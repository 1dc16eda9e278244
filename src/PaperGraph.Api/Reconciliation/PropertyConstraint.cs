namespace PaperGraph.Api.Reconciliation;

/// <summary>A property a candidate must have: <see cref="Values"/> are alternatives.</summary>
internal sealed record PropertyConstraint(string PropertyId, IReadOnlyList<string> Values);
