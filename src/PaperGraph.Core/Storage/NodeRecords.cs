using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Storage;

/// <summary>Papers and entities read together (<see cref="IGraphStore.GetPapersAndEntitiesAsync"/>), each by id; ids not stored are absent.</summary>
public sealed record NodeRecords(IReadOnlyDictionary<string, Paper> Papers, IReadOnlyDictionary<string, Entity> Entities);
