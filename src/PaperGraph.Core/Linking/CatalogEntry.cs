using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Linking;

/// <summary>An entity with the aliases the linker matches; <see cref="Linkable"/> is false for tasks, which are never matched in text.</summary>
public sealed record CatalogEntry(Entity Entity, IReadOnlyList<CatalogAlias> Aliases, bool Linkable)
{
    /// <summary>An entry for an entity read back from a store: every alias is matched exactly as written.</summary>
    public static CatalogEntry ForIntroduced(Entity entity) =>
        new(entity, entity.Aliases.Prepend(entity.Name).Distinct(StringComparer.Ordinal).Select(a => new CatalogAlias(a, true)).ToArray(), true);
}
