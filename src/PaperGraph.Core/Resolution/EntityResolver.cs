using System.Globalization;
using PaperGraph.Core.Exploration;

namespace PaperGraph.Core.Resolution;

/// <summary>
/// Resolves free-text names to entities over an <see cref="AliasIndex"/>, deterministically (score
/// descending, then entity id). Per entity the best of its names counts:
/// exact name or alias ignoring case scores 1.0; the same normalised key (<see cref="AliasKey"/>) 0.95;
/// a misspelling 0.9 × (1 − edits / length), when within <see cref="EditDistance.AllowedFor"/> edits, with
/// trigram similarity at least <see cref="TrigramFloor"/>, and with the same digits (so a version number is
/// never "corrected": "FlashAttention 2" never resolves to FlashAttention). Names that are not the query:
/// an alias that is the entity's name plus a version or the reverse ("GPT-4V" listed under GPT-4) scores
/// <see cref="VersionScore"/>; a longer or shorter name holding the query ("iTransformer" for "Transformer")
/// at most <see cref="ContainsScore"/>; neither is ever a match. A name no entity has exactly but whose base
/// does once a variant suffix is split off (<see cref="VariantSuffix"/>) scores <see cref="VariantFactor"/> ×
/// the base's score, with the variant noted. A kind hint adds 0.03 when it agrees and takes 0.15 when it does
/// not; context words found in the entity's name, aliases or description add up to 0.05. Then mentions
/// (<see cref="RankByMentions"/>). Candidates under <see cref="CandidateFloor"/> are dropped.
/// </summary>
public static partial class EntityResolver
{
    public const double MatchThreshold = 0.8;
    public const double CandidateFloor = 0.5;
    public const double TrigramFloor = 0.3;
    public const double VersionScore = 0.7;
    public const double ContainsScore = 0.75;
    public const double VariantFactor = 0.9;
    public const int MaxInputs = 1_000;
    public const int MaxLimit = 20;

    public static IReadOnlyList<Resolution> Resolve(AliasIndex index, IReadOnlyList<ResolutionInput> inputs, int limit)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(inputs.Count, MaxInputs);
        limit = Math.Clamp(limit, 1, MaxLimit);
        return inputs.Select(input => ResolveOne(index, input, limit)).ToList();
    }

    private static Resolution ResolveOne(AliasIndex index, ResolutionInput input, int limit)
    {
        var key = AliasKey.Normalize(input.Name ?? "");
        if (key.Length == 0)
        {
            return new Resolution(input, [], "empty-name: the name has no letters or digits");
        }

        var offers = new CandidateOffers();
        OfferExact(index, input.Name!, key, offers, variant: null);
        if (!offers.HasSameName)
        {
            OfferVariants(index, input.Name!, offers);
        }

        OfferMisspellings(index, key, offers);
        var contextWords = TextSimilarity.Words(input.Context ?? "");
        var scored = offers.Best.Values.Select(offer => Score(index, input, contextWords, offer)).ToList();
        var candidates = RankByMentions(index, scored)
            .Where(c => c.Score >= CandidateFloor)
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Entity.Id, StringComparer.Ordinal)
            .Take(limit)
            .ToList();
        return candidates.Count > 0
            ? new Resolution(input, candidates, null)
            : new Resolution(input, [], string.Create(CultureInfo.InvariantCulture, $"no-candidate: no entity name or alias matches \"{input.Name}\" exactly, after normalisation, as a misspelling or as a variant"));
    }

    /// <summary>Exact and normalised hits of <paramref name="name"/>, how many; a version alias is another name and scores <see cref="VersionScore"/>.</summary>
    private static int OfferExact(AliasIndex index, string name, string key, CandidateOffers offers, VariantSplit? variant)
    {
        var offered = 0;
        foreach (var (entry, score, feature) in index.BySurface(name).Select(e => (e, 1.0, "exact")).Concat(index.ByKey(key).Select(e => (e, 0.95, "normalized"))))
        {
            if (variant is not null && index.Entities[entry.EntityId].Kind is Graph.EntityKind.Dataset or Graph.EntityKind.Task)
            {
                continue;
            }

            var (baseScore, features) = entry.IsVersion
                ? (VersionScore, new List<ResolutionFeature> { new("versionAlias", 1) })
                : (score, [new(feature, 1)]);
            if (variant is not null)
            {
                features.Add(new("variant", 1));
                baseScore *= VariantFactor;
            }

            offers.Offer(new CandidateOffer(entry, baseScore, features, variant?.Variant));
            offered++;
        }

        return offered;
    }

    /// <summary>Splits variant suffixes off until a base has an entity (LLaMA-2-7B → LLaMA-2).</summary>
    private static void OfferVariants(AliasIndex index, string name, CandidateOffers offers)
    {
        foreach (var split in VariantSuffix.Splits(name))
        {
            if (OfferExact(index, split.Base, AliasKey.Normalize(split.Base), offers, split) > 0)
            {
                return;
            }
        }
    }

    private static void OfferMisspellings(AliasIndex index, string key, CandidateOffers offers)
    {
        var trigrams = index.TrigramsOf(key);
        var digits = AliasKey.Digits(key);
        // A misspelling within EditDistance.MaxAllowed edits keeps all but 3 trigrams per edit, and a trigram
        // similarity of TrigramFloor needs at least that share of the query's trigrams: fewer cannot pass.
        var minShared = Math.Max(trigrams.Length - (3 * EditDistance.MaxAllowed), (int)Math.Ceiling(TrigramFloor * trigrams.Length));
        // An edit changes the length by at most one, so no key further than MaxAllowed characters away can pass.
        foreach (var entry in index.SharingTrigrams(trigrams, minShared, key.Length - EditDistance.MaxAllowed, key.Length + EditDistance.MaxAllowed))
        {
            // An entity the name reached exactly, as a version or as a variant is not also a misspelling of it.
            if (offers.Best.ContainsKey(entry.EntityId))
            {
                continue;
            }

            // Cheapest first: a length difference is at least that many edits, so it alone rules most entries out.
            var length = Math.Max(key.Length, entry.Key.Length);
            var allowed = EditDistance.AllowedFor(length);
            if (Math.Abs(key.Length - entry.Key.Length) > allowed || entry.Digits != digits)
            {
                continue;
            }

            var trigram = Trigrams.Similarity(trigrams, entry.Trigrams);
            if (trigram < TrigramFloor)
            {
                continue;
            }

            var edits = EditDistance.Between(key, entry.Key);
            if (edits > allowed)
            {
                continue;
            }

            var similarity = 1.0 - ((double)edits / length);
            List<ResolutionFeature> features = [new("editSimilarity", Round(similarity)), new("trigramSimilarity", Round(trigram))];
            var score = 0.9 * similarity;
            // "Transformer" inside "iTransformer" is one edit, yet a different name, not a misspelling.
            if (key.Contains(entry.Key, StringComparison.Ordinal) || entry.Key.Contains(key, StringComparison.Ordinal))
            {
                features.Add(new("containsName", 1));
                score = Math.Min(score, ContainsScore);
            }

            offers.Offer(new CandidateOffer(entry, score, features, null));
        }
    }

    private static ResolutionCandidate Score(AliasIndex index, ResolutionInput input, IReadOnlySet<string> contextWords, CandidateOffer offer)
    {
        var entity = index.Entities[offer.Entry.EntityId];
        var features = new List<ResolutionFeature>(offer.Features);
        var score = offer.Score;
        if (input.KindHint is { } hint)
        {
            var agrees = hint == entity.Kind;
            features.Add(new("kindAgrees", agrees ? 1 : 0));
            score += agrees ? 0.03 : -0.15;
        }

        if (contextWords.Count > 0)
        {
            var entityWords = TextSimilarity.Words(string.Join(' ', entity.Aliases.Prepend(entity.Name)) + " " + entity.Description);
            var overlap = (double)contextWords.Count(entityWords.Contains) / contextWords.Count;
            features.Add(new("contextOverlap", Round(overlap)));
            score += 0.05 * overlap;
        }

        // A version alias or a containing name is another name: no kind hint or context makes it a match.
        var ceiling = offer.Features.Any(f => f.Name is "versionAlias" or "containsName") ? NoMatchCeiling : 1;
        score = Round(Math.Clamp(score, 0, ceiling));
        return new ResolutionCandidate(entity, score, score >= MatchThreshold, offer.Entry.Surface, features, offer.Variant);
    }

    private static double Round(double value) => Math.Round(value, 4);
}
