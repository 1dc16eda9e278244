namespace PaperGraph.Core.Resolution;

/// <summary>
/// One name or alias of one entity, with its normalised key and trigrams. <see cref="IsVersion"/> when it is the
/// entity's name plus a version or the name is it plus one (<see cref="VersionSuffix"/>): the catalog lists
/// "GPT-4V" as an alias of GPT-4, yet asking for GPT-4V is asking for another model.
/// </summary>
internal sealed record AliasEntry(string EntityId, string Surface, string Key, IReadOnlySet<string> Trigrams, bool IsVersion = false);
