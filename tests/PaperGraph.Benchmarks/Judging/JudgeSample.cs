using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging.Abstractions;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;
using PaperGraph.Store.Sqlite;

namespace PaperGraph.Benchmarks.Judging;

/// <summary>
/// <c>judge-sample --db FILE --n 100 --seed S --out FILE</c>: draws N random builds-on links and N random (paper,
/// introduced entity) pairs from a store with a fixed seed and writes, for each, the ids, titles, the via-entity with
/// its kind and source, and the sentences of the citing and cited texts that hold its names, for judging by hand.
/// </summary>
internal static partial class JudgeSample
{
    private const int Chunk = 500;

    public static async Task<int> RunAsync(string db, int n, int seed, string output)
    {
        await using var store = new SqliteGraphStore(new SqliteOptions { DatabasePath = db }, NullLogger<SqliteGraphStore>.Instance);
        await store.InitializeAsync(CancellationToken.None);
        var ids = new List<string>();
        await foreach (var id in store.StreamPaperIdsAsync(CancellationToken.None))
        {
            ids.Add(id);
        }

        ids.Sort(StringComparer.Ordinal);
        var links = new List<PaperLink>();
        var introductions = new List<(string PaperId, string EntityId)>();
        foreach (var chunk in ids.Chunk(Chunk))
        {
            links.AddRange((await store.GetLinksAsync(chunk, LinkDirection.Outgoing, CancellationToken.None)).Values.SelectMany(l => l).Where(l => l.Kind == PaperLinkKind.BuildsOn));
            introductions.AddRange((await store.GetIntroducedEntityIdsAsync(chunk, CancellationToken.None)).SelectMany(p => p.Value.Select(e => (p.Key, e))));
        }

        // Sorted before drawing, so the sample depends on the store's content and the seed, not on read order.
        links.Sort((a, b) => string.CompareOrdinal(a.CitingPaperId + " " + a.CitedPaperId, b.CitingPaperId + " " + b.CitedPaperId));
        introductions.Sort((a, b) => string.CompareOrdinal(a.PaperId + " " + a.EntityId, b.PaperId + " " + b.EntityId));
        var random = new Random(seed);
        var linkSample = Draw(links, n, random);
        var introSample = Draw(introductions, n, random);

        var stats = await store.GetStatsAsync(CancellationToken.None);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# judge-sample seed={seed} n={n}: {stats.Papers} papers, {stats.Mentions} mentions, {links.Count} builds-on links, {introductions.Count} introduced (paper, entity) pairs");
        var paperIds = linkSample.SelectMany(l => new[] { l.CitingPaperId, l.CitedPaperId }).Concat(introSample.Select(i => i.PaperId)).Distinct().ToArray();
        var papers = await store.GetPapersAsync(paperIds, CancellationToken.None);
        var mentions = await store.GetMentionsAsync(linkSample.Select(l => l.CitingPaperId).Distinct().ToArray(), CancellationToken.None);
        var entities = await store.GetEntitiesAsync(linkSample.SelectMany(l => l.ViaEntityIds).Concat(introSample.Select(i => i.EntityId)).Distinct().ToArray(), CancellationToken.None);

        text.AppendLine().AppendLine("## builds-on links");
        for (var i = 0; i < linkSample.Count; i++)
        {
            var link = linkSample[i];
            var via = link.ViaEntityIds.Select(e => entities.GetValueOrDefault(e)).OfType<Entity>().ToArray();
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"L{i + 1:000} {link.CitingPaperId} -> {link.CitedPaperId} score={link.Score.ToString(CultureInfo.InvariantCulture)}");
            foreach (var entity in via)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  via: {entity.Id} \"{entity.Name}\" kind={entity.Kind} source={entity.Source} aliases=[{string.Join(", ", entity.Aliases)}]");
            }

            var citingPaper = papers.GetValueOrDefault(link.CitingPaperId);
            foreach (var mention in (mentions.GetValueOrDefault(link.CitingPaperId) ?? []).Where(m => link.ViaEntityIds.Contains(m.EntityId)))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  citing mention: \"{mention.Surface}\" in {mention.Field}: {Context(citingPaper, mention)}");
            }

            AppendPaper(text, "citing", citingPaper, via);
            AppendPaper(text, "cited", papers.GetValueOrDefault(link.CitedPaperId), via);
        }

        text.AppendLine().AppendLine("## introduced entities");
        for (var i = 0; i < introSample.Count; i++)
        {
            var (paperId, entityId) = introSample[i];
            var entity = entities.GetValueOrDefault(entityId);
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"I{i + 1:000} {paperId} introduces {entityId}");
            if (entity is not null)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  entity: \"{entity.Name}\" kind={entity.Kind} source={entity.Source} aliases=[{string.Join(", ", entity.Aliases)}]");
            }

            AppendPaper(text, "paper", papers.GetValueOrDefault(paperId), entity is null ? [] : [entity]);
        }

        await File.WriteAllTextAsync(output, text.ToString());
        Console.WriteLine($"{links.Count} builds-on links, {introductions.Count} introduced pairs; wrote {linkSample.Count} + {introSample.Count} items to {Path.GetFileName(output)}");
        return 0;
    }

    private static List<T> Draw<T>(List<T> items, int n, Random random)
    {
        var copy = items.ToArray();
        random.Shuffle(copy);
        return copy.Take(n).ToList();
    }

    /// <summary>The paper's title and the sentences of its title and abstract that hold any name of the entities.</summary>
    private static void AppendPaper(StringBuilder text, string role, Paper? paper, IReadOnlyList<Entity> entities)
    {
        if (paper is null)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {role}: (missing)");
            return;
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"  {role} title: {paper.Title}");
        var names = entities.SelectMany(e => e.Aliases.Prepend(e.Name)).Where(a => a.Length > 0).Distinct().ToArray();
        foreach (var sentence in SentenceBreak().Split(paper.Abstract).Where(s => names.Any(name => s.Contains(name, StringComparison.OrdinalIgnoreCase))))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {role} says: {sentence.Trim()}");
        }
    }

    /// <summary>The mention with up to 80 characters either side, from the field it was found in.</summary>
    private static string Context(Paper? paper, Mention mention)
    {
        var field = paper is null ? string.Empty : mention.Field == MentionField.Title ? paper.Title : paper.Abstract;
        if (mention.End > field.Length)
        {
            return "(text changed)";
        }

        var from = Math.Max(0, mention.Start - 80);
        var to = Math.Min(field.Length, mention.End + 80);
        return "…" + field[from..mention.Start] + "[[" + field[mention.Start..mention.End] + "]]" + field[mention.End..to] + "…";
    }

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z(\[""“])", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();
}
