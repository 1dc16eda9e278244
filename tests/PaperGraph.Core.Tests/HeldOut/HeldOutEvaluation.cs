using PaperGraph.Core.Graph;
using PaperGraph.Core.Linking;
using PaperGraph.Core.Tests.Linking;

namespace PaperGraph.Core.Tests.HeldOut;

/// <summary>
/// Links the held-out papers exactly as DevSetEvaluation does (two passes, so names introduced by any paper of the
/// set are known in the second) and scores the second pass against the gold spans and introduced names.
/// </summary>
internal sealed partial class HeldOutEvaluation
{
    public HeldOutEvaluation(LinkingFixture fixture, IReadOnlyList<HeldOutPaper> papers)
    {
        Papers = papers;
        var linked = papers.Select(p => new Paper { Id = p.Id, Title = p.Title, Abstract = p.Abstract, ArxivId = p.ArxivId }).ToArray();
        var firstPass = linked.Select(p => fixture.Linker.Link(p, fixture.Dictionary)).ToArray();
        var dictionary = fixture.Dictionary.WithIntroduced(firstPass.SelectMany(r => r.NewEntities));
        var secondPass = linked.Select(p => fixture.Linker.Link(p, dictionary)).ToArray();
        Results = secondPass.ToDictionary(r => r.Annotations.PaperId);
        _newEntities = firstPass.Concat(secondPass).SelectMany(r => r.NewEntities.Concat(r.UsedEntities)).GroupBy(e => e.Id).ToDictionary(g => g.Key, g => g.First());
        _catalog = fixture.Catalog;
    }

    public IReadOnlyList<HeldOutPaper> Papers { get; }

    public IReadOnlyDictionary<string, LinkResult> Results { get; }

    private readonly Dictionary<string, Entity> _newEntities;

    private readonly EntityCatalog _catalog;

    /// <summary>The linker's entity for an id: one a paper of the set introduced or used, or a catalog entity.</summary>
    public Entity? EntityOf(string id) => _newEntities.GetValueOrDefault(id) ?? _catalog.Find(id)?.Entity;

    private static (string Paper, string Field, int Start, int End) Key(string paper, HeldOutMention m) => (paper, m.Field, m.Start, m.End);

    private static (string Paper, string Field, int Start, int End) Key(string paper, Mention m) =>
        (paper, m.Field.ToString().ToLowerInvariant(), m.Start, m.End);

    private IEnumerable<(string Paper, Mention Mention)> Predicted() =>
        Results.Values.SelectMany(r => r.Annotations.Mentions.Select(m => (r.Annotations.PaperId, m)));

    private IEnumerable<(HeldOutPaper Paper, HeldOutMention Mention)> Gold() => Papers.SelectMany(p => p.Mentions.Select(m => (p, m)));
}
