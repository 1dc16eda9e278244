using System.Text.RegularExpressions;
using PaperGraph.Core.Graph;

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
        var ordered = candidates
            .OrderBy(c => c.Start)
            .ThenByDescending(c => c.End - c.Start)
            .ThenByDescending(c => c.Origin)
            .ToList();
        var chosen = new List<ResolvedMention>();
        var coveredUntil = -1;
        for (var i = 0; i < ordered.Count; i++)
        {
            var first = ordered[i];
            if (first.Start < coveredUntil)
            {
                continue;
            }

            var same = ordered.Skip(i).TakeWhile(c => c.Start == first.Start && c.End == first.End).ToList();
            if (ordered.Skip(i + same.Count).Any(c => c.Start < first.End && c.End > first.End))
            {
                // A longer span starts inside this one ("BERT" in "BERT4Rec (…" never happens, but "A B" vs "B C D" can): longest wins.
                var longer = ordered.Skip(i + same.Count).Where(c => c.Start < first.End).MaxBy(c => c.End - c.Start);
                if (longer.End - longer.Start > first.End - first.Start)
                {
                    continue;
                }
            }

            coveredUntil = first.End;
            chosen.Add(Pick(text, same));
        }

        return chosen;
    }

    private static ResolvedMention Pick(string text, List<MatchCandidate> same)
    {
        var top = same.Max(c => c.Origin);
        var contenders = same.Where(c => c.Origin == top).DistinctBy(c => c.Pattern.Entry.Entity.Id).ToList();
        var first = contenders[0];
        var context = text.AsSpan(Math.Max(0, first.Start - 60), Math.Min(text.Length, first.End + 60) - Math.Max(0, first.Start - 60)).ToString();
        var datasetContext = DatasetCue().IsMatch(context);
        var best = contenders
            .OrderByDescending(c => Preference(c.Pattern.Entry.Entity, datasetContext))
            .ThenBy(c => c.Pattern.Entry.Entity.Id, StringComparer.Ordinal)
            .First();
        return new ResolvedMention(first.Start, first.End, best.Pattern.Entry, Score(best, contenders.Count, datasetContext));
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
