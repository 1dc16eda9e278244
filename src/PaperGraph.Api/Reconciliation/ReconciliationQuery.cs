namespace PaperGraph.Api.Reconciliation;

/// <summary>
/// One query of a batch, from either dialect: a name (<see cref="Text"/>), the types that restrict it, a
/// candidate limit, and property values that sharpen it (each pid with its values, any of which may match).
/// </summary>
internal sealed record ReconciliationQuery(
    string Key,
    string? Text,
    IReadOnlyList<ReconcileType> Types,
    int Limit,
    IReadOnlyList<PropertyConstraint> Properties);
