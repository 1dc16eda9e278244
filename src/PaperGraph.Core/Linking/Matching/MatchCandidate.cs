namespace PaperGraph.Core.Linking.Matching;

/// <summary>A span of a field that one pattern matched, before overlaps are resolved.</summary>
internal readonly record struct MatchCandidate(int Start, int End, AliasPattern Pattern, MatchOrigin Origin);
