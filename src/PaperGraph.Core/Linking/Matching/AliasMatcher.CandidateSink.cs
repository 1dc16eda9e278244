namespace PaperGraph.Core.Linking.Matching;

internal sealed partial class AliasMatcher
{
    /// <summary>Turns hits into candidates: token boundaries and, for exact aliases, case must fit.</summary>
    private readonly struct CandidateSink(string field, AliasPattern[] patterns, MatchOrigin origin, List<MatchCandidate> output) : IHitSink
    {
        public void Hit(int start, int end, int pattern)
        {
            var found = patterns[pattern];
            if (TokenBoundary.Accepts(field, start, end)
                && (found.ExactForm is null || TextFolding.NormalizesTo(field.AsSpan(start, end - start), found.ExactForm)))
            {
                output.Add(new MatchCandidate(start, end, found, origin));
            }
        }
    }
}
