namespace PaperGraph.Core.Linking;

internal sealed partial class AliasMatcher
{
    /// <summary>Turns trie hits into candidates: token boundaries and, for exact aliases, case must fit.</summary>
    private readonly struct CandidateSink(string field, int[] origins, AliasPattern[] patterns, MatchOrigin origin, List<MatchCandidate> output) : IHitSink
    {
        public void Hit(int end, int pattern)
        {
            var found = patterns[pattern];
            var start = origins[end - found.Key.Length + 1];
            var stop = origins[end] + 1;
            if (TokenBoundary.Accepts(field, start, stop)
                && (found.ExactForm is null || TextFolding.NormalizesTo(field.AsSpan(start, stop - start), found.ExactForm)))
            {
                output.Add(new MatchCandidate(start, stop, found, origin));
            }
        }
    }
}
