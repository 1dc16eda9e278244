using PaperGraph.Core.Graph;
using PaperGraph.Core.Linking.Abbreviations;
using PaperGraph.Core.Linking.Catalog;
using PaperGraph.Core.Linking.Matching;

namespace PaperGraph.Core.Linking;

/// <summary>
/// Links one paper: dictionary mentions, paper-local abbreviations and introduced names, overlaps resolved
/// longest-first, clashes resolved by context. Pure: the result depends only on the paper and the dictionary,
/// which is what makes ingestion order-independent.
/// </summary>
public sealed partial class PaperLinker
{
    /// <summary>Recorded on every mention; bump when linking changes so stale annotations can be found.</summary>
    public const string Version = "linker-10";

    public LinkResult Link(Paper paper, LinkerDictionary dictionary)
    {
        ArgumentNullException.ThrowIfNull(paper);
        ArgumentNullException.ThrowIfNull(dictionary);

        var introduced = new List<string>(); // a paper introduces none or a few: sorted once at the end
        foreach (var entry in dictionary.Catalog.IntroducedBy(paper))
        {
            introduced.Add(entry.Entity.Id);
        }

        var titleDefinitions = AbbreviationDetector.Find(paper.Title);
        var abstractDefinitions = AbbreviationDetector.Find(paper.Abstract);
        AbbreviationDefinition[] definitions = [.. titleDefinitions, .. abstractDefinitions];
        var newEntities = IntroduceNames(paper, dictionary, definitions, abstractDefinitions, introduced);
        var local = definitions.Length > 0 || newEntities.Count > 0
            ? new PaperLocalMatcher(definitions, newEntities.ConvertAll(CatalogEntry.ForIntroduced), dictionary)
            : null;

        var mentions = new List<Mention>();
        var titleCandidates = new List<MatchCandidate>(); // most fields have a few: let them grow rather than start at 768 bytes
        var abstractCandidates = new List<MatchCandidate>();
        dictionary.Find(paper.Title, titleCandidates);
        dictionary.Find(paper.Abstract, abstractCandidates);
        UnsearchableForms.Remove(titleCandidates, abstractCandidates); // asks of the paper as a whole, so before the fields go on
        LinkField(paper, MentionField.Title, paper.Title, titleDefinitions, local, titleCandidates, mentions);
        LinkField(paper, MentionField.Abstract, paper.Abstract, abstractDefinitions, local, abstractCandidates, mentions);
        return new LinkResult(new PaperAnnotations(paper.Id, mentions, SortedDistinct(introduced)), newEntities);
    }

    /// <summary>The ids in ordinal order without repeats.</summary>
    private static string[] SortedDistinct(List<string> ids)
    {
        if (ids.Count <= 1)
        {
            return [.. ids];
        }

        ids.Sort(StringComparer.Ordinal);
        var kept = 1;
        for (var i = 1; i < ids.Count; i++)
        {
            if (ids[i] != ids[kept - 1])
            {
                ids[kept++] = ids[i];
            }
        }

        ids.RemoveRange(kept, ids.Count - kept);
        return [.. ids];
    }

    private static void LinkField(
        Paper paper,
        MentionField field,
        string text,
        IReadOnlyList<AbbreviationDefinition> fieldDefinitions,
        PaperLocalMatcher? local,
        List<MatchCandidate> candidates,
        List<Mention> mentions)
    {
        local?.AddTo(text, fieldDefinitions, candidates);
        UrlSpans.RemoveInside(text, candidates);
        MetricUses.Remove(text, candidates);
        foreach (var chosen in SpanResolver.Resolve(text, candidates))
        {
            mentions.Add(new Mention(paper.Id, chosen.Entry.Entity.Id, field, chosen.Start, chosen.End, text[chosen.Start..chosen.End], chosen.Score, Version));
        }
    }
}
