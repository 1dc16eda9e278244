using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Linking;

/// <summary>
/// Links one paper: dictionary mentions, paper-local abbreviations and introduced names, overlaps resolved
/// longest-first, clashes resolved by context. Pure: the result depends only on the paper and the dictionary,
/// which is what makes ingestion order-independent.
/// </summary>
public sealed partial class PaperLinker
{
    /// <summary>Recorded on every mention; bump when linking changes so stale annotations can be found.</summary>
    public const string Version = "linker-1";

    public LinkResult Link(Paper paper, LinkerDictionary dictionary)
    {
        ArgumentNullException.ThrowIfNull(paper);
        ArgumentNullException.ThrowIfNull(dictionary);

        var introduced = new SortedSet<string>(dictionary.Catalog.IntroducedBy(paper).Select(e => e.Entity.Id), StringComparer.Ordinal);
        var definitions = new Dictionary<MentionField, IReadOnlyList<AbbreviationDefinition>>
        {
            [MentionField.Title] = AbbreviationDetector.Find(paper.Title),
            [MentionField.Abstract] = AbbreviationDetector.Find(paper.Abstract),
        };
        var newEntities = IntroduceNames(paper, dictionary, definitions.Values.SelectMany(d => d).ToArray(), introduced);
        var local = newEntities.Select(e => (CatalogEntry.ForIntroduced(e), MatchOrigin.LocalName)).ToList();

        var mentions = new List<Mention>();
        foreach (var (field, text) in new[] { (MentionField.Title, paper.Title), (MentionField.Abstract, paper.Abstract) })
        {
            var candidates = new List<MatchCandidate>();
            dictionary.Find(text, candidates);
            AddAbbreviations(text, definitions.Values.SelectMany(d => d).ToArray(), definitions[field], dictionary, local, candidates);
            foreach (var chosen in SpanResolver.Resolve(text, candidates))
            {
                mentions.Add(new Mention(paper.Id, chosen.Entry.Entity.Id, field, chosen.Start, chosen.End, text[chosen.Start..chosen.End], chosen.Score, Version));
            }
        }

        return new LinkResult(new PaperAnnotations(paper.Id, mentions, introduced.ToArray()), newEntities);
    }
}
