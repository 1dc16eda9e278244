using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Linking;

/// <summary>Field-wise equality of entities: records compare alias lists by reference, which is never what we want.</summary>
internal static class EntityEquality
{
    /// <summary>Whether two entities hold the same fields; null equals only null.</summary>
    public static bool Same(Entity? a, Entity? b) =>
        a is null || b is null
            ? a is null && b is null
            : a.Id == b.Id && a.Name == b.Name && a.Kind == b.Kind && a.Description == b.Description
              && a.IntroducedBy == b.IntroducedBy && a.Source == b.Source && a.Aliases.SequenceEqual(b.Aliases, StringComparer.Ordinal);
}
