using Microsoft.Extensions.Logging;

namespace PaperGraph.Core.Linking;

/// <summary>Linking's log messages.</summary>
internal static partial class Log
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Linker ready: catalog of {CatalogEntities} entities ({CatalogWrites} written to the store), {IntroducedEntities} introduced entities")]
    public static partial void Ready(ILogger logger, int catalogEntities, int catalogWrites, int introducedEntities);

    [LoggerMessage(Level = LogLevel.Information, Message = "Linked {Linked} papers, relinked {Relinked}, {EntitiesChanged} introduced entities changed, links recomputed for {LinksRecomputed}")]
    public static partial void Linked(ILogger logger, int linked, int relinked, int entitiesChanged, int linksRecomputed);

    [LoggerMessage(Level = LogLevel.Information, Message = "Relinked {Papers} papers: {IntroducedEntities} introduced entities, {EntitiesChanged} entities written")]
    public static partial void Relinked(ILogger logger, long papers, int introducedEntities, int entitiesChanged);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Papers were stored but not linked by an earlier run (first: {PaperId}); relinking the store before writing")]
    public static partial void LinkingPending(ILogger logger, string paperId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "More than {Cap} papers {Relation} {Name}; only the first {Cap} were updated (run papergraph relink to repair the rest)")]
    public static partial void Capped(ILogger logger, string relation, string name, int cap);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Name {Name} has no letter or digit to search for; papers containing it are not relinked")]
    public static partial void Unsearchable(ILogger logger, string name);
}
