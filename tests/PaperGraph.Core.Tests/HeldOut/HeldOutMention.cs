namespace PaperGraph.Core.Tests.HeldOut;

/// <summary>
/// A gold mention: an exact span (UTF-16 offsets into the field, end exclusive) with its kind; <see cref="Base"/> is
/// the canonical entity when the surface is a variant, size, plural or case form of it; <see cref="Introduced"/>
/// marks a name the paper itself introduces.
/// </summary>
internal sealed record HeldOutMention(string Field, int Start, int End, string Surface, string Kind, string? Base, bool Introduced);
