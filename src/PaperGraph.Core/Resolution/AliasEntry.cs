namespace PaperGraph.Core.Resolution;

/// <summary>One name or alias of one entity, with its normalised key and trigrams.</summary>
internal sealed record AliasEntry(string EntityId, string Surface, string Key, IReadOnlySet<string> Trigrams);
