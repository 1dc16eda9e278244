namespace PaperGraph.Core.Resolution;

/// <summary>The best <see cref="CandidateOffer"/> per entity for one name: higher score, then the ordinally smaller alias.</summary>
internal sealed class CandidateOffers
{
    private readonly Dictionary<string, CandidateOffer> _best = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, CandidateOffer> Best => _best;

    /// <summary>True once some entity has the name itself (exact or normalised, not a version alias): then no variant is tried.</summary>
    public bool HasSameName { get; private set; }

    public void Offer(CandidateOffer offer)
    {
        HasSameName |= offer.Variant is null && offer.Features.Any(f => f.Name is "exact" or "normalized");
        if (!_best.TryGetValue(offer.Entry.EntityId, out var current) || offer.Score > current.Score
            || (offer.Score == current.Score && string.CompareOrdinal(offer.Entry.Surface, current.Entry.Surface) < 0))
        {
            _best[offer.Entry.EntityId] = offer;
        }
    }
}
