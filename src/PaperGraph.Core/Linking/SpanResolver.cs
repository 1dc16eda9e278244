using System.Text.RegularExpressions;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Linking.Matching;

namespace PaperGraph.Core.Linking;

/// <summary>
/// Keeps the longest of overlapping spans (leftmost first), then picks one entity per span: paper-local evidence
/// first, then the entity whose kind fits the words around it ("on the X benchmark" → a dataset), then the
/// catalog's source order, then id. Scores say how sure the pick is.
/// </summary>
internal static partial class SpanResolver
{
    public static List<ResolvedMention> Resolve(string text, List<MatchCandidate> candidates)
    {
        var chosen = new List<ResolvedMention>();
        if (candidates.Count == 0)
        {
            return chosen;
        }

        var ordered = Order(candidates);
        var coveredUntil = -1;
        for (var i = 0; i < ordered.Length; i++)
        {
            var first = ordered[i].Candidate;
            if (first.Start < coveredUntil)
            {
                continue;
            }

            // A name matched as written is ordered before a variant of another name at the same span ("Swin-B" the
            // catalog has, not Swin with a size): only candidates like the first take part in the pick.
            var same = 1;
            while (i + same < ordered.Length && ordered[i + same].Candidate.Start == first.Start && ordered[i + same].Candidate.End == first.End
                && ordered[i + same].Candidate.Variant == first.Variant)
            {
                same++;
            }

            // A longer span starting inside this one ("A B" vs "B C D"): longest wins, the first of equals.
            // Spans are ordered by start, so only those before first.End can overlap.
            var crosses = false;
            var longest = -1;
            for (var k = i + same; k < ordered.Length && ordered[k].Candidate.Start < first.End; k++)
            {
                var candidate = ordered[k].Candidate;
                crosses |= candidate.End > first.End;
                if (longest < 0 || candidate.End - candidate.Start > ordered[longest].Candidate.End - ordered[longest].Candidate.Start)
                {
                    longest = k;
                }
            }

            if (crosses && ordered[longest].Candidate.End - ordered[longest].Candidate.Start > first.End - first.Start)
            {
                continue;
            }

            coveredUntil = first.End;
            chosen.Add(Pick(text, ordered.AsSpan(i, same)));
        }

        return chosen;
    }

    /// <summary>By start, longest first, names as written before variants, strongest origin first, then as found (a stable sort, as the linker always had).</summary>
    private static (MatchCandidate Candidate, int Index)[] Order(List<MatchCandidate> candidates)
    {
        var ordered = new (MatchCandidate Candidate, int Index)[candidates.Count];
        for (var i = 0; i < ordered.Length; i++)
        {
            ordered[i] = (candidates[i], i);
        }

        // The order is total (the index breaks ties), so any sort gives it. Candidates come nearly in order of start,
        // and a field has a few: an insertion sort does less than Array.Sort through a comparison delegate.
        if (ordered.Length > 32)
        {
            Array.Sort(ordered, Compare);
            return ordered;
        }

        for (var i = 1; i < ordered.Length; i++)
        {
            var next = ordered[i];
            var j = i - 1;
            for (; j >= 0 && Compare(ordered[j], next) > 0; j--)
            {
                ordered[j + 1] = ordered[j];
            }

            ordered[j + 1] = next;
        }

        return ordered;
    }

    private static int Compare((MatchCandidate Candidate, int Index) a, (MatchCandidate Candidate, int Index) b)
    {
        var order = a.Candidate.Start.CompareTo(b.Candidate.Start);
        if (order == 0)
        {
            order = (b.Candidate.End - b.Candidate.Start).CompareTo(a.Candidate.End - a.Candidate.Start);
        }

        if (order == 0)
        {
            order = a.Candidate.Variant.CompareTo(b.Candidate.Variant);
        }

        if (order == 0)
        {
            order = b.Candidate.Origin.CompareTo(a.Candidate.Origin);
        }

        return order != 0 ? order : a.Index.CompareTo(b.Index);
    }

    /// <summary>
    /// One entity for a span: the strongest origin, then the preferred entity. The dataset cue around the span is
    /// read only when it can change the answer (several contenders, or a dataset whose score it raises).
    /// </summary>
    private static ResolvedMention Pick(string text, ReadOnlySpan<(MatchCandidate Candidate, int Index)> same)
    {
        var first = same[0].Candidate; // sorted strongest origin first, then as found
        var contenders = 0;
        for (var i = 0; i < same.Length && same[i].Candidate.Origin == first.Origin; i++)
        {
            contenders += IsFirstOfItsEntity(same, i) ? 1 : 0;
        }

        var datasetContext = (contenders > 1 || first.Pattern.Entry.Entity.Kind == EntityKind.Dataset) && HasDatasetCue(text, first);
        var best = first;
        var bestPreference = Preference(first.Pattern.Entry.Entity, datasetContext);
        for (var i = 1; i < same.Length && same[i].Candidate.Origin == first.Origin; i++)
        {
            var candidate = same[i].Candidate;
            if (!IsFirstOfItsEntity(same, i))
            {
                continue;
            }

            var preference = Preference(candidate.Pattern.Entry.Entity, datasetContext);
            if (preference > bestPreference
                || (preference == bestPreference && string.CompareOrdinal(candidate.Pattern.Entry.Entity.Id, best.Pattern.Entry.Entity.Id) < 0))
            {
                (best, bestPreference) = (candidate, preference);
            }
        }

        return new ResolvedMention(first.Start, first.End, best.Pattern.Entry, Score(best, contenders, datasetContext));
    }

    /// <summary>Whether no earlier candidate of the span names the same entity (one vote per entity).</summary>
    private static bool IsFirstOfItsEntity(ReadOnlySpan<(MatchCandidate Candidate, int Index)> same, int at)
    {
        var id = same[at].Candidate.Pattern.Entry.Entity.Id;
        for (var i = 0; i < at; i++)
        {
            if (same[i].Candidate.Pattern.Entry.Entity.Id == id)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the 60 chars either side of a span hold a dataset cue; the regex sees only that window, as before.</summary>
    private static bool HasDatasetCue(string text, MatchCandidate span)
    {
        var from = Math.Max(0, span.Start - 60);
        return DatasetCue().IsMatch(text.AsSpan(from, Math.Min(text.Length, span.End + 60) - from));
    }

    private static double Preference(Entity entity, bool datasetContext)
    {
        var source = entity.Source switch
        {
            "curated" => 3.0,
            "introduced" => 2.5,
            "pwc-methods" => 2.0,
            "hf-datasets" => 1.5,
            _ => 1.0,
        };
        var kindFits = datasetContext == (entity.Kind == EntityKind.Dataset) ? 2.0 : 0.0;
        return source + kindFits;
    }

    private static double Score(MatchCandidate candidate, int contenders, bool datasetContext)
    {
        var alias = candidate.Pattern.Alias;
        var score = candidate.Origin switch
        {
            MatchOrigin.Abbreviation => 0.95,
            MatchOrigin.LocalName => 0.9,
            MatchOrigin.Introduced => 0.85,
            _ when alias.Contains(' ', StringComparison.Ordinal) => 0.9,
            _ when candidate.Pattern.ExactForm is not null && alias.Length <= 3 => 0.75,
            _ => 0.85,
        };
        if (contenders > 1)
        {
            score -= 0.2;
        }

        if (candidate.Pattern.Entry.Entity.Kind == EntityKind.Dataset && datasetContext)
        {
            score += 0.05;
        }

        return Math.Round(Math.Clamp(score, 0, 1), 3);
    }

    [GeneratedRegex(@"\b(?:dataset|datasets|benchmark|benchmarks|corpus|corpora|split|test set|evaluated on|experiments on|results on)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DatasetCue();
}
