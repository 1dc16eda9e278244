using System.Globalization;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Linking;

namespace PaperGraph.Benchmarks;

/// <summary>
/// Writes everything the linker decides for a set of papers, two passes as the graph links them (the second
/// with every introduced entity known), one line per fact: diffing two dumps shows whether linking changed.
/// </summary>
internal static class MentionDump
{
    public static void Write(IReadOnlyList<Paper> papers, string outputPath)
    {
        var linker = new PaperLinker();
        var dictionary = new LinkerDictionary(EntityCatalog.LoadEmbedded());
        using var output = new StreamWriter(outputPath);
        var firstPass = papers.Select(p => linker.Link(p, dictionary)).ToArray();
        foreach (var result in firstPass)
        {
            Write(output, "pass1", result);
        }

        var second = dictionary.WithIntroduced(firstPass.SelectMany(r => r.NewEntities));
        foreach (var paper in papers)
        {
            Write(output, "pass2", linker.Link(paper, second));
        }
    }

    private static void Write(StreamWriter output, string pass, LinkResult result)
    {
        var paperId = result.Annotations.PaperId;
        output.WriteLine($"{pass} {paperId} introduces [{string.Join(' ', result.Annotations.IntroducedEntityIds)}]");
        foreach (var e in result.NewEntities)
        {
            output.WriteLine($"{pass} {paperId} new {e.Id} {e.Kind} name={e.Name} aliases=[{string.Join('|', e.Aliases)}] source={e.Source} desc={e.Description} by={e.IntroducedBy}");
        }

        foreach (var m in result.Annotations.Mentions)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{pass} {paperId} {m.Field} {m.Start}-{m.End} {m.EntityId} {m.Score:R} {m.ExtractorVersion} {m.Surface}"));
        }
    }
}
