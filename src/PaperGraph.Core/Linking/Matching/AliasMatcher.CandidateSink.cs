namespace PaperGraph.Core.Linking.Matching;

internal sealed partial class AliasMatcher
{
    /// <summary>
    /// Turns hits into candidates: the start must stand on a token boundary and, for exact aliases, case must fit (or, for
    /// the catalog, be an architecture's lower-case form in context, <see cref="LowerCaseArchitecture"/>); a variant
    /// suffix after the name (<see cref="VariantSuffix"/>) joins the span, else the end must stand on a boundary.
    /// </summary>
    private readonly struct CandidateSink(string field, AliasPattern[] patterns, MatchOrigin origin, List<MatchCandidate> output) : IHitSink
    {
        public void Hit(int start, int end, int pattern)
        {
            var found = patterns[pattern];
            if (!TokenBoundary.AcceptsStart(field, start)
                || (found.ExactForm is not null && !TextFolding.NormalizesTo(field.AsSpan(start, end - start), found.ExactForm)
                    && !(origin == MatchOrigin.Catalog && LowerCaseArchitecture.Accepts(field, start, end, found))))
            {
                return;
            }

            if (VariantSuffix.End(field, end, found.Entry.Entity.Kind) is var variantEnd and > 0)
            {
                output.Add(new MatchCandidate(start, variantEnd, found, origin, Variant: true));
            }
            else if (TokenBoundary.AcceptsEnd(field, end))
            {
                output.Add(new MatchCandidate(start, end, found, origin));
            }
        }
    }
}
