using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Linking;

/// <summary>
/// What <see cref="BuildsOnLinker"/> reads besides a paper's mentions: who introduces each mentioned entity, the
/// entities themselves (their source says whether the catalog credits a paper) and the citing and cited papers'
/// texts (which define a short acronym's long form).
/// </summary>
internal sealed record BuildsOnEvidence(
    IReadOnlyDictionary<string, IReadOnlyList<string>> Introducers,
    IReadOnlyDictionary<string, Entity> Entities,
    IReadOnlyDictionary<string, Paper> Papers);
