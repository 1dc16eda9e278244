namespace PaperGraph.Core.Linking.Abbreviations;

/// <summary>"Long Range Arena (LRA)": a short form defined by the long form before it, with both spans in one field.</summary>
internal sealed record AbbreviationDefinition(string Short, int ShortStart, string Long, int LongStart)
{
    public int ShortEnd => ShortStart + Short.Length;

    public int LongEnd => LongStart + Long.Length;
}
