using System.Globalization;
using PaperGraph.Core.Exploration;

namespace PaperGraph.Core.Resolution;

/// <summary>
/// Resolves free-text names to entities over an <see cref="AliasIndex"/>, deterministically (score
/// descending, then entity id). Per entity the best of its names counts:
/// exact name or alias ignoring case scores 1.0; the same normalised key (<see cref="AliasKey"/>) 0.95;
/// a misspelling 0.9 × (1 − edits / length), when within <see cref="EditDistance.AllowedFor"/> edits, with
/// trigram similarity at least <see cref="TrigramFloor"/>, and with the same digits (so a version number is
/// never "corrected": "FlashAttention 2" never resolves to FlashAttention). A kind hint adds 0.03 when it
/// agrees and takes 0.15 when it does not; context words found in the entity's name, aliases or
/// description add up to 0.05. Candidates under <see cref="CandidateFloor"/> are dropped.
/// </summary>
public static class EntityResolver
{
    public const double MatchThreshold = 0.8;
    public const double CandidateFloor = 0.5;
    public const double TrigramFloor = 0.3;
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

        var best = new Dictionary<string, (double Base, AliasEntry Entry, ResolutionFeature[] Features)>(StringComparer.Ordinal);
        void Offer(AliasEntry entry, double score, params ResolutionFeature[] features)
        {
            if (!best.TryGetValue(entry.EntityId, out var current) || score > current.Base
                || (score == current.Base && string.CompareOrdinal(entry.Surface, current.Entry.Surface) < 0))
            {
                best[entry.EntityId] = (score, entry, features);
            }
        }

        foreach (var entry in index.BySurface(input.Name!))
        {
            Offer(entry, 1.0, new ResolutionFeature("exact", 1));
        }

        foreach (var entry in index.ByKey(key))
        {
            Offer(entry, 0.95, new ResolutionFeature("normalized", 1));
        }

        var trigrams = Trigrams.Of(key);
        var digits = AliasKey.Digits(key);
        // A misspelling within EditDistance.MaxAllowed edits keeps all but 3 trigrams per edit, and a trigram
        // similarity of TrigramFloor needs at least that share of the query's trigrams: fewer cannot pass.
        var minShared = Math.Max(trigrams.Count - (3 * EditDistance.MaxAllowed), (int)Math.Ceiling(TrigramFloor * trigrams.Count));
        foreach (var entry in index.SharingTrigrams(trigrams, minShared))
        {
            if (best.ContainsKey(entry.EntityId) && best[entry.EntityId].Base >= 0.95)
            {
                continue;
            }

            var trigram = Trigrams.Similarity(trigrams, entry.Trigrams);
            if (trigram < TrigramFloor || AliasKey.Digits(entry.Key) != digits)
            {
                continue;
            }

            var edits = EditDistance.Between(key, entry.Key);
            var length = Math.Max(key.Length, entry.Key.Length);
            if (edits > EditDistance.AllowedFor(length))
            {
                continue;
            }

            var similarity = 1.0 - ((double)edits / length);
            Offer(entry, 0.9 * similarity, new ResolutionFeature("editSimilarity", Round(similarity)), new ResolutionFeature("trigramSimilarity", Round(trigram)));
        }

        var contextWords = TextSimilarity.Words(input.Context ?? "");
        var candidates = best
            .Select(pair => Score(index, input, contextWords, pair.Value.Base, pair.Value.Entry, pair.Value.Features))
            .Where(c => c.Score >= CandidateFloor)
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Entity.Id, StringComparer.Ordinal)
            .Take(limit)
            .ToList();
        return candidates.Count > 0
            ? new Resolution(input, candidates, null)
            : new Resolution(input, [], string.Create(CultureInfo.InvariantCulture, $"no-candidate: no entity name or alias matches \"{input.Name}\" exactly, after normalisation, or as a misspelling"));
    }

    private static ResolutionCandidate Score(AliasIndex index, ResolutionInput input, IReadOnlySet<string> contextWords, double score, AliasEntry entry, ResolutionFeature[] matchFeatures)
    {
        var entity = index.Entities[entry.EntityId];
        var features = new List<ResolutionFeature>(matchFeatures);
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

        score = Round(Math.Clamp(score, 0, 1));
        return new ResolutionCandidate(entity, score, score >= MatchThreshold, entry.Surface, features);
    }

    private static double Round(double value) => Math.Round(value, 4);
}
