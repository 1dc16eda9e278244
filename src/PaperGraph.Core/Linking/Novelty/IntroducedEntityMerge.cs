using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Linking.Novelty;

/// <summary>
/// One record for a name several papers introduce. Each introducer's linker run yields its own version (its
/// title in the description, its acronyms as aliases); the stored entity must not depend on which paper came
/// first, so it is a function of the set: the version of the smallest paper id, with every version's aliases.
/// </summary>
internal static class IntroducedEntityMerge
{
    public static Entity Merge(IEnumerable<(string PaperId, Entity Version)> versions)
    {
        var ordered = versions.OrderBy(v => v.PaperId, StringComparer.Ordinal).Select(v => v.Version).ToArray();
        if (ordered.Length == 0)
        {
            throw new ArgumentException("An introduced entity needs at least one introducer.", nameof(versions));
        }

        var first = ordered[0];
        var own = first.Aliases.Append(first.Name).ToHashSet(StringComparer.Ordinal);
        var others = ordered.Skip(1).SelectMany(v => v.Aliases.Prepend(v.Name))
            .Where(own.Add)
            .Order(StringComparer.Ordinal);
        return first with { Aliases = [.. first.Aliases, .. others] };
    }
}
