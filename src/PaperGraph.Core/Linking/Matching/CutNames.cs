namespace PaperGraph.Core.Linking.Matching;

/// <summary>
/// Another paper's introduced name followed by a capitalised word that goes on with it ("Whale" of "Whale Optimization
/// Algorithm", "Dolphin" of "Dolphin Model Merging") is the start of a longer name, not that paper's entity. Catalog
/// names are left alone: their catalogs name the longer names they head, and a title capitalises the noun after a
/// known one ("Mamba Blocks").
/// </summary>
internal static class CutNames
{
    // Capitalised words that end a name rather than go on with it, as titles write them: function words, and the nouns
    // a title puts after a name it uses ("A Controlled SkillsBench Study", "SAM3 Feature Fusion", "the Aristotle API").
    private static readonly HashSet<string> Enders = new(StringComparer.Ordinal)
    {
        "A", "An", "And", "Are", "As", "At", "But", "By", "Can", "Does", "For", "From", "In", "Into", "Is", "Meets",
        "Of", "On", "Or", "The", "To", "Via", "Vs", "With", "Without",
        "API", "Backbone", "Benchmark", "Benchmarks", "Block", "Blocks", "Dataset", "Datasets", "Decoder", "Encoder",
        "Feature", "Features", "Framework", "Frameworks", "Layer", "Layers", "Module", "Modules", "Pipeline", "Pipelines",
        "Studies", "Study", "Subtask",
    };

    /// <summary>The same set asked with a span of the field, so that no candidate costs a string.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EnderSpans = Enders.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Removes the introduced-name candidates that a capitalised word after them continues.</summary>
    public static void Remove(string field, List<MatchCandidate> candidates) =>
        candidates.RemoveAll(c => c.Origin == MatchOrigin.Introduced && GoesOn(field, c.End));

    private static bool GoesOn(string field, int end)
    {
        if (end + 1 >= field.Length || field[end] != ' ' || !char.IsUpper(field[end + 1]))
        {
            return false;
        }

        var wordEnd = end + 1;
        while (wordEnd < field.Length && char.IsLetter(field[wordEnd]))
        {
            wordEnd++;
        }

        // A word in capitals after a name is another name or a part's label ("HPA FOV", "MSP OSCD"), not its continuation.
        var word = field.AsSpan(end + 1, wordEnd - end - 1);
        return word.Length > 1 && !EnderSpans.Contains(word) && HasLowerCase(word);
    }

    private static bool HasLowerCase(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }
}
