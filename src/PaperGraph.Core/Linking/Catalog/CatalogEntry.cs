using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Linking.Catalog;

/// <summary>An entity with the aliases the linker matches; <see cref="Linkable"/> is false for tasks, which are never matched in text.</summary>
public sealed record CatalogEntry(Entity Entity, IReadOnlyList<CatalogAlias> Aliases, bool Linkable)
{
    /// <summary>The source of names mined from the arXiv corpus (<c>schema/catalog/mine_corpus.py</c>).</summary>
    public const string MinedSource = "mined";

    /// <summary>
    /// Whether the entry is a corpus-mined name: known to be in use, with no introducing paper, so a paper that
    /// introduces the name still gets it as its own entity.
    /// </summary>
    public bool Mined => Entity.Source == MinedSource;

    /// <summary>An entry for an entity read back from a store: every alias is matched exactly as written.</summary>
    public static CatalogEntry ForIntroduced(Entity entity)
    {
        // Runs for every new entity of every paper: no LINQ.
        var aliases = new List<CatalogAlias>(entity.Aliases.Count + 1) { new(entity.Name, true) };
        foreach (var alias in entity.Aliases)
        {
            var seen = false;
            foreach (var kept in aliases)
            {
                seen |= kept.Text == alias;
            }

            if (!seen)
            {
                aliases.Add(new CatalogAlias(alias, true));
            }
        }

        return new(entity, aliases.ToArray(), true);
    }
}
