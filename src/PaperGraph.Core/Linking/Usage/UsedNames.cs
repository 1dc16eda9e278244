using PaperGraph.Core.Graph;
using PaperGraph.Core.Linking.Abbreviations;
using PaperGraph.Core.Linking.Catalog;
using PaperGraph.Core.Linking.Matching;

namespace PaperGraph.Core.Linking.Usage;

/// <summary>
/// Names a paper uses that no catalog has and no paper in the store introduces: other groups' new benchmarks,
/// models and methods, found where the context says what they are (a list beside linked entities, a kind noun
/// after them, "benchmarks such as …"). Each becomes an entity whose record is a function of its id alone
/// (<see cref="EntityFor"/>), so whichever paper names it first, the store holds the same thing.
/// </summary>
internal static partial class UsedNames
{
    public const string Source = "used";

    /// <summary>A used name's kind and the entity its mentions go to.</summary>
    /// <param name="InCatalog">The entity is a catalog entity never matched in text, not one of the used names.</param>
    public readonly record struct Use(EntityKind Kind, string EntityId, bool InCatalog);

    /// <summary>What <see cref="Find"/> returns: the names in the order first found, with what each was found as.</summary>
    public sealed class Found
    {
        public Dictionary<string, Use> Uses { get; } = new(StringComparer.Ordinal);

        public List<string> Order { get; } = [];

        public bool IsEmpty => Order.Count == 0;

        /// <summary>The entities of the names no catalog has, in the order found.</summary>
        public List<Entity> NewEntities()
        {
            var entities = new List<Entity>();
            foreach (var surface in Order)
            {
                var use = Uses[surface];
                if (!use.InCatalog)
                {
                    entities.Add(EntityFor(surface, use.Kind));
                }
            }

            return entities;
        }
    }

    /// <summary>
    /// Adds the used names of one field: a name already found in an earlier field keeps what it was found as.
    /// A name the catalog never matches in text goes to that catalog entity when the catalog holds it, as written, as
    /// one entity of the kind the context says (the Papers with Code dataset "RICE" beside "SateHaze1K datasets"); a
    /// name the catalog matches, and a short form the paper defines, are left to the linker's other steps.
    /// </summary>
    public static void Find(string text, IReadOnlyList<ResolvedMention> chosen, EntityCatalog catalog, IReadOnlyList<AbbreviationDefinition> definitions, Found found)
    {
        if (text.Length > 0 && HasUnlinkedName(text, chosen))
        {
            FindEverywhere(text, chosen, catalog, definitions, found);
        }

        // else no word the lists could add: the field is not split into words at all
    }

    /// <summary><see cref="Find"/> without its test for a name first: the plain path it is tested against.</summary>
    internal static void FindEverywhere(string text, IReadOnlyList<ResolvedMention> chosen, EntityCatalog catalog, IReadOnlyList<AbbreviationDefinition> definitions, Found found)
    {
        using var words = Words(text, chosen);

        var listed = new Dictionary<string, EntityKind>(StringComparer.Ordinal);
        var order = new List<string>();
        AddListed(text, words, listed, order);
        AddSelfNamed(text, words, catalog, listed, order);
        foreach (var surface in order)
        {
            if (found.Uses.ContainsKey(surface) || catalog.FindByAlias(surface).Count > 0 || definitions.Any(d => d.Short == surface || d.Long == surface))
            {
                continue; // the linker matches this name: where it did not, it had a reason
            }

            var kind = listed[surface];
            var unlinked = catalog.FindUnlinked(surface);
            var entityId = unlinked.Count > 0 ? Unlinked(unlinked, surface, kind)
                : catalog.IsGenericName(surface) || catalog.IsCommonName(surface) ? null
                : EntityId(surface, kind);
            if (entityId is not null)
            {
                found.Uses.Add(surface, new Use(kind, entityId, InCatalog: unlinked.Count > 0));
                found.Order.Add(surface);
            }
        }
    }

    /// <summary>
    /// The one never-matched catalog entity of this kind that has the name as written, if any; a task of the same name
    /// ("UAD", a task's acronym before "datasets") or an entity of another kind means the name is not this kind's.
    /// </summary>
    private static string? Unlinked(IReadOnlyList<CatalogEntry> unlinked, string surface, EntityKind kind)
    {
        string? only = null;
        foreach (var entry in unlinked)
        {
            if (entry.Entity.Kind != kind || !(entry.Entity.Name == surface || entry.Entity.Aliases.Contains(surface, StringComparer.Ordinal)) || only is not null)
            {
                return null;
            }

            only = entry.Entity.Id;
        }

        return only;
    }

    /// <summary>
    /// Whether a word of the field that no linked span touches is a coined name (<see cref="UsedNameShape.IsName"/>),
    /// read the way <see cref="Words"/> reads words. Only such a word can be added, so a field without one, most
    /// titles and many abstracts, skips the split. Found by jumping from capital to capital and digit to digit.
    /// </summary>
    internal static bool HasUnlinkedName(string text, IReadOnlyList<ResolvedMention> chosen)
    {
        var next = 0; // the first chosen mention that does not end before the word
        for (var at = text.AsSpan().IndexOfAny(CapitalsAndDigits); at >= 0;)
        {
            var (start, end) = WordAround(text, at);
            var (coreStart, coreEnd) = Core(text, start, end);
            while (next < chosen.Count && chosen[next].End <= coreStart)
            {
                next++;
            }

            var touched = next < chosen.Count && chosen[next].Start < coreEnd;
            if (!touched && coreEnd > coreStart && UsedNameShape.IsName(text.AsSpan(coreStart, coreEnd - coreStart)))
            {
                return true;
            }

            var rest = end < text.Length ? text.AsSpan(end).IndexOfAny(CapitalsAndDigits) : -1;
            at = rest < 0 ? -1 : end + rest;
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<char> CapitalsAndDigits = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    /// <summary>Every whole-word occurrence of a found name in a field outside the spans already linked and outside URLs, in order.</summary>
    public static List<(int Start, int End, string Surface)> Occurrences(string text, IReadOnlyList<ResolvedMention> chosen, Found found)
    {
        var spans = new List<(int Start, int End, string Surface)>();
        foreach (var surface in found.Order)
        {
            for (var at = text.IndexOf(surface, StringComparison.Ordinal); at >= 0; at = text.IndexOf(surface, at + 1, StringComparison.Ordinal))
            {
                var end = at + surface.Length;
                if (!TokenBoundary.Accepts(text, at, end) // "PatchCore" in "PatchCore-Lite" is another name
                    || Overlaps(chosen, at, end) || spans.Any(s => s.Start < end && at < s.End) || InUrl(text, at))
                {
                    continue;
                }

                spans.Add((at, end, surface));
            }
        }

        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        return spans;
    }

    /// <summary><c>used:</c>, the kind and the name as written: "SateHaze1K" as a dataset is <c>used:dataset:SateHaze1K</c>.</summary>
    public static string EntityId(string surface, EntityKind kind) => $"used:{KindName(kind)}:{surface}";

    /// <summary>The stored record of a used name: everything in it follows from the id.</summary>
    public static Entity EntityFor(string surface, EntityKind kind) => new()
    {
        Id = EntityId(surface, kind),
        Name = surface,
        Kind = kind,
        Description = $"A name papers use as a {KindName(kind)}; no catalog lists it and no paper in this store introduces it.",
        Source = Source,
    };

    private static string KindName(EntityKind kind) => kind.ToString().ToLowerInvariant();

    private static bool Overlaps(IReadOnlyList<ResolvedMention> chosen, int start, int end)
    {
        foreach (var mention in chosen)
        {
            if (mention.Start < end && start < mention.End)
            {
                return true;
            }
        }

        return false;
    }

    private static bool InUrl(string text, int at)
    {
        var (start, end) = WordAround(text, at);
        return text.AsSpan(start, end - start).Contains("://", StringComparison.Ordinal);
    }

    /// <summary>The run of non-space chars holding position <paramref name="at"/>.</summary>
    private static (int Start, int End) WordAround(string text, int at)
    {
        var start = at;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        var end = at;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return (start, end);
    }
}
