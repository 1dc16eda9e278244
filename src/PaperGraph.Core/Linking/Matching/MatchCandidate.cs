namespace PaperGraph.Core.Linking.Matching;

/// <summary>
/// A span of a field that one pattern matched, before overlaps are resolved. <see cref="Variant"/> marks a span that
/// goes on past the name over a variant suffix (<c>LLaMA-2-70B</c> for <c>LLaMA-2</c>); a name matched as written wins
/// over it at the same span.
/// </summary>
internal readonly record struct MatchCandidate(int Start, int End, AliasPattern Pattern, MatchOrigin Origin, bool Variant = false);
