using PaperGraph.Core.Linking;

namespace PaperGraph.Core.Tests.Linking;

/// <summary>One embedded catalog and its dictionary for all linker tests (building the automaton takes a moment).</summary>
public sealed class LinkingFixture
{
    public EntityCatalog Catalog { get; } = EntityCatalog.LoadEmbedded();

    public LinkerDictionary Dictionary => _dictionary ??= new LinkerDictionary(Catalog);

    public PaperLinker Linker { get; } = new();

    private LinkerDictionary? _dictionary;
}
