using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Export;

/// <summary>An entity kind as exports write it: its lower-case name (<c>architecture</c>).</summary>
internal static class EntityKindNames
{
    public static string Name(EntityKind kind) => kind.ToString().ToLowerInvariant();
}
