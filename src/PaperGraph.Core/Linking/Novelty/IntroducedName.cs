using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Linking.Novelty;

/// <summary>A name a paper introduces, where it says so, and the entity kind its wording suggests.</summary>
internal sealed record IntroducedName(string Name, MentionField Field, int Start, EntityKind Kind, string Cue)
{
    public int End => Start + Name.Length;

    /// <summary>The short form the text gives with the name ("GAM" for "Gated Associative Memory (GAM)"), if any.</summary>
    public string? Alias { get; init; }

    /// <summary>Whether the wording says the kind (a kind noun near the name), rather than <see cref="Kind"/> being the default.</summary>
    public bool KindStated { get; init; }
}
