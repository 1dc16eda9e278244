namespace PaperGraph.Core.Resolution;

/// <summary>A name split into its base and the variant written after it ("LLaMA-2", "7B").</summary>
internal sealed record VariantSplit(string Base, string Variant);
