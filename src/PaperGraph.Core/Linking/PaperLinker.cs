using PaperGraph.Core.Graph;
using PaperGraph.Core.Linking.Abbreviations;
using PaperGraph.Core.Linking.Catalog;
using PaperGraph.Core.Linking.Matching;
using PaperGraph.Core.Linking.Usage;

namespace PaperGraph.Core.Linking;

/// <summary>
/// Links one paper: dictionary mentions, paper-local abbreviations and introduced names, overlaps resolved
/// longest-first, clashes resolved by context. Pure: the result depends only on the paper and the dictionary,
/// which is what makes ingestion order-independent.
/// </summary>
public sealed partial class PaperLinker
{
    /// <summary>Recorded on every mention; bump when linking changes so stale annotations can be found.</summary>
    public const string Version = "linker-14";

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

        var titleCandidates = new List<MatchCandidate>(); // most fields have a few: let them grow rather than start at 768 bytes
        var abstractCandidates = new List<MatchCandidate>();
        dictionary.Find(paper.Title, titleCandidates);
        dictionary.Find(paper.Abstract, abstractCandidates);
        UnsearchableForms.Remove(titleCandidates, abstractCandidates); // asks of the paper as a whole, so before the fields go on
        var titleChosen = ResolveField(paper.Title, titleDefinitions, local, titleCandidates);
        var abstractChosen = ResolveField(paper.Abstract, abstractDefinitions, local, abstractCandidates);

        // Names used in entity contexts are read after the linked spans are known: the list around a name and the
        // kinds of the entities in it say what it is.
        var used = new UsedNames.Found();
        UsedNames.Find(paper.Title, titleChosen, dictionary.Catalog, definitions, used);
        UsedNames.Find(paper.Abstract, abstractChosen, dictionary.Catalog, definitions, used);

        var mentions = new List<Mention>();
        AddMentions(paper, MentionField.Title, paper.Title, titleChosen, used, mentions);
        AddMentions(paper, MentionField.Abstract, paper.Abstract, abstractChosen, used, mentions);
        var usedEntities = used.IsEmpty ? [] : used.NewEntities();
        return new LinkResult(new PaperAnnotations(paper.Id, mentions, SortedDistinct(introduced)), newEntities, usedEntities);
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

    private static List<ResolvedMention> ResolveField(
        string text, IReadOnlyList<AbbreviationDefinition> fieldDefinitions, PaperLocalMatcher? local, List<MatchCandidate> candidates)
    {
        local?.AddTo(text, fieldDefinitions, candidates);
        UrlSpans.RemoveInside(text, candidates);
        CutNames.Remove(text, candidates);
        MetricUses.Remove(text, candidates);
        return SpanResolver.Resolve(text, candidates);
    }

    /// <summary>The field's linked spans and its used names' occurrences as mentions, in the order they start.</summary>
    private static void AddMentions(Paper paper, MentionField field, string text, List<ResolvedMention> chosen, UsedNames.Found used, List<Mention> mentions)
    {
        var usedSpans = used.IsEmpty ? [] : UsedNames.Occurrences(text, chosen, used);
        var u = 0;
        foreach (var linked in chosen)
        {
            for (; u < usedSpans.Count && usedSpans[u].Start < linked.Start; u++)
            {
                mentions.Add(UsedMention(paper, field, usedSpans[u], used));
            }

            mentions.Add(new Mention(paper.Id, linked.Entry.Entity.Id, field, linked.Start, linked.End, text[linked.Start..linked.End], linked.Score, Version));
        }

        for (; u < usedSpans.Count; u++)
        {
            mentions.Add(UsedMention(paper, field, usedSpans[u], used));
        }
    }

    private static Mention UsedMention(Paper paper, MentionField field, (int Start, int End, string Surface) span, UsedNames.Found used) =>
        new(paper.Id, used.Uses[span.Surface].EntityId, field, span.Start, span.End, span.Surface, UsedNameScore, Version);

    /// <summary>A used name is read from its context alone, so it is less sure than a catalog or introduced name.</summary>
    private const double UsedNameScore = 0.6;
}
