using PaperGraph.Core.Graph;

namespace PaperGraph.Store.Neo4j.Entities;

/// <summary>
/// An <c>:Entity</c> node's properties as written and read. <see cref="AliasKeys"/> holds the lower-cased
/// name and aliases for prefix search; exact alias lookups go through <c>(:Alias)-[:ALIAS_OF]-&gt;</c>.
/// </summary>
internal sealed record EntityNode
{
    public const string Projection =
        "e {.id, .name, .kind, .aliases, .description, .introducedBy, .introducedTitle, .introducedArxivId, .introducedYear, .source}";

    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Kind { get; init; }

    public IReadOnlyList<string>? Aliases { get; init; }

    public string? Description { get; init; }

    public bool? IntroducedBy { get; init; }

    public string? IntroducedTitle { get; init; }

    public string? IntroducedArxivId { get; init; }

    public int? IntroducedYear { get; init; }

    public required string Source { get; init; }

    public IReadOnlyList<string>? AliasKeys { get; init; }

    public static EntityNode From(Entity entity) => new()
    {
        Id = entity.Id,
        Name = entity.Name,
        Kind = entity.Kind.ToString().ToLowerInvariant(),
        Aliases = entity.Aliases,
        Description = entity.Description,
        IntroducedBy = entity.IntroducedBy is not null,
        IntroducedTitle = entity.IntroducedBy?.Title,
        IntroducedArxivId = entity.IntroducedBy?.ArxivId,
        IntroducedYear = entity.IntroducedBy?.Year,
        Source = entity.Source,
        AliasKeys = KeysOf(entity),
    };

    public static string KeyOf(string alias) => alias.Trim().ToLowerInvariant();

    public Entity ToEntity() => new()
    {
        Id = Id,
        Name = Name,
        Kind = Enum.Parse<EntityKind>(Kind, ignoreCase: true),
        Aliases = Aliases ?? [],
        Description = Description,
        IntroducedBy = IntroducedBy == true ? new IntroducingPaper(IntroducedTitle, IntroducedArxivId, IntroducedYear) : null,
        Source = Source,
    };

    private static List<string> KeysOf(Entity entity) =>
        entity.Aliases.Prepend(entity.Name).Select(KeyOf).Where(key => key.Length > 0).Distinct(StringComparer.Ordinal).ToList();
}
