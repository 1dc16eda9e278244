namespace PaperGraph.Core.Resolution;

/// <summary>
/// One name or alias of one entity, with its normalised key, the key's trigrams (as the index's trigram numbers,
/// ascending) and digits. <see cref="IsVersion"/> when it is the entity's name plus a version or the name is it plus
/// one (<see cref="VersionSuffix"/>): the catalog lists "GPT-4V" as an alias of GPT-4, yet asking for GPT-4V is
/// asking for another model. Compared by reference: one entry per alias of an index.
/// </summary>
internal sealed class AliasEntry(string entityId, string surface, string key, int[] trigrams, bool isVersion)
{
    public string EntityId { get; } = entityId;

    public string Surface { get; } = surface;

    public string Key { get; } = key;

    /// <summary>Trigram numbers of <see cref="Key"/> (<see cref="AliasIndex.TrigramsOf"/>), ascending, distinct.</summary>
    public int[] Trigrams { get; } = trigrams;

    public string Digits { get; } = AliasKey.Digits(key);

    public bool IsVersion { get; } = isVersion;
}
