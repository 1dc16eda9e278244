using System.Text.Json;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Linking;
using PaperGraph.Core.Linking.Matching;

namespace PaperGraph.Core.Tests.Linking;

/// <summary>Links the hand-labelled dev set the way the graph does (two passes, so names introduced by any paper are known) and scores it.</summary>
internal sealed class DevSetEvaluation
{
    public DevSetEvaluation(LinkingFixture fixture)
    {
        Papers = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "DevSet", "devset.jsonl"))
            .Select(line => JsonSerializer.Deserialize<DevPaper>(line)!)
            .ToArray();
        var papers = Papers.Select(p => new Paper { Id = p.Key, Title = p.Title, Abstract = p.Abstract, ArxivId = p.ArxivId }).ToArray();
        var firstPass = papers.Select(p => fixture.Linker.Link(p, fixture.Dictionary)).ToArray();
        var dictionary = fixture.Dictionary.WithIntroduced(firstPass.SelectMany(r => r.NewEntities));
        Results = papers.Select(p => fixture.Linker.Link(p, dictionary)).ToDictionary(r => r.Annotations.PaperId);
        NewEntities = firstPass.SelectMany(r => r.NewEntities.Concat(r.UsedEntities)).GroupBy(e => e.Id).ToDictionary(g => g.Key, g => g.First());
        Catalog = fixture.Catalog;
    }

    public IReadOnlyList<DevPaper> Papers { get; }

    public IReadOnlyDictionary<string, LinkResult> Results { get; }

    private IReadOnlyDictionary<string, Entity> NewEntities { get; }

    private EntityCatalog Catalog { get; }

    public Score Mentions(Func<string, bool> goldFilter, Func<string, bool> predictedFilter)
    {
        var gold = Papers.SelectMany(p => p.Mentions.Where(m => goldFilter(m.EntityId)).Select(m => (p.Key, m.Field, m.Start, m.End, Canonical(m.EntityId)))).ToHashSet();
        var predicted = Results.Values.SelectMany(r => r.Annotations.Mentions.Where(m => predictedFilter(m.EntityId))
            .Select(m => Labelled(gold, r, (r.Annotations.PaperId, m.Field.ToString().ToLowerInvariant(), m.Start, m.End, Canonical(m.EntityId))))).ToHashSet();
        return Score.Of(predicted, gold);
    }

    /// <summary>Every false positive and missed gold mention, one line each, for reading what to improve.</summary>
    public IEnumerable<string> MentionMisses()
    {
        var gold = Papers.SelectMany(p => p.Mentions.Select(m => (Paper: p.Key, m.Field, m.Start, m.End, Id: Canonical(m.EntityId), m.Surface))).ToArray();
        var predicted = Results.Values.SelectMany(r => r.Annotations.Mentions.Select(m =>
            (Paper: r.Annotations.PaperId, Field: m.Field.ToString().ToLowerInvariant(), m.Start, m.End, Id: Canonical(m.EntityId), m.Surface))).ToArray();
        var goldKeys = gold.Select(g => (g.Paper, g.Field, g.Start, g.End, g.Id)).ToHashSet();
        predicted = predicted.Select(p => p with { Id = Labelled(goldKeys, Results[p.Paper], (p.Paper, p.Field, p.Start, p.End, p.Id)).Item5 }).ToArray();
        var predictedKeys = predicted.Select(p => (p.Paper, p.Field, p.Start, p.End, p.Id)).ToHashSet();
        var index = Papers.Select((p, i) => (p.Key, i)).ToDictionary(x => x.Key, x => x.i);
        return predicted.Where(p => !goldKeys.Contains((p.Paper, p.Field, p.Start, p.End, p.Id))).Select(p => $"FP #{index[p.Paper]} {p.Field}@{p.Start} '{p.Surface}' => {p.Id}")
            .Concat(gold.Where(g => !predictedKeys.Contains((g.Paper, g.Field, g.Start, g.End, g.Id))).Select(g => $"FN #{index[g.Paper]} {g.Field}@{g.Start} '{g.Surface}' => {g.Id}"))
            .Order(StringComparer.Ordinal);
    }

    public string? KindOf(string entityId) => entityId.StartsWith("new", StringComparison.Ordinal) ? "introduced"
        : Catalog.Find(entityId)?.Entity.Kind.ToString().ToLowerInvariant();

    public Score Introduced()
    {
        var gold = Papers.SelectMany(p => p.Introduced.Select(n => (p.Key, TextFolding.Key(n)))).ToHashSet();
        var predicted = new HashSet<(string, string)>();
        foreach (var (paperId, result) in Results)
        {
            foreach (var id in result.Annotations.IntroducedEntityIds)
            {
                var entity = NewEntities.GetValueOrDefault(id) ?? Catalog.Find(id)!.Entity;
                var keys = entity.Aliases.Append(entity.Name).Select(TextFolding.Key).ToHashSet();
                var match = gold.FirstOrDefault(g => g.Item1 == paperId && keys.Contains(g.Item2));
                predicted.Add(match.Item1 is null ? (paperId, "predicted:" + id) : match);
            }
        }

        return Score.Of(predicted, gold);
    }

    public Score BuildsOn()
    {
        var introducers = Results.Values
            .SelectMany(r => r.Annotations.IntroducedEntityIds.Select(e => (Entity: e, Paper: r.Annotations.PaperId)))
            .GroupBy(p => p.Entity)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(p => p.Paper).ToArray());
        var papers = Papers.ToDictionary(p => p.Key, p => new Paper { Id = p.Key, Title = p.Title, Abstract = p.Abstract, ArxivId = p.ArxivId });
        var entities = introducers.Keys.ToDictionary(id => id, id => NewEntities.GetValueOrDefault(id) ?? Catalog.Find(id)!.Entity);
        var evidence = new BuildsOnEvidence(introducers, entities, papers);
        var predicted = Results.Values
            .SelectMany(r => BuildsOnLinker.LinksFor(r.Annotations.PaperId, r.Annotations.Mentions, evidence))
            .Select(l => (l.CitingPaperId, l.CitedPaperId)).ToHashSet();
        var gold = Papers.SelectMany(p => p.BuildsOn.Select(b => (p.Key, b))).ToHashSet();
        return Score.Of(predicted, gold);
    }

    private static string Canonical(string entityId) => entityId.StartsWith("new", StringComparison.Ordinal) ? "new" : entityId;

    /// <summary>
    /// A predicted mention as the labels spell it. <c>new</c> marks the paper's own introduced entity; the labels
    /// use it for some catalog names the paper introduces (OC20 in the OC20 paper) and the catalog id for others
    /// (Mamba in the Mamba paper), so an entity the linker credits to this very paper matches either.
    /// </summary>
    private static (string, string, int, int, string) Labelled(IReadOnlySet<(string, string, int, int, string)> gold, LinkResult result, (string Paper, string Field, int Start, int End, string Id) mention) =>
        !gold.Contains(mention) && result.Annotations.IntroducedEntityIds.Contains(mention.Id, StringComparer.Ordinal)
            ? mention with { Id = "new" }
            : mention;
}
