using PaperGraph.Core.Graph;
using PaperGraph.Core.Linking;
using PaperGraph.Core.Linking.Abbreviations;
using PaperGraph.Core.Linking.Matching;
using PaperGraph.Core.Linking.Novelty;

namespace PaperGraph.Benchmarks;

/// <summary>Times the linker's phases one at a time over the same papers, to show where a paper's time goes.</summary>
internal static class LinkerPhases
{
    public static void Print(IReadOnlyList<Paper> papers, LinkerDictionary dictionary, double megabytes)
    {
        var candidates = new List<MatchCandidate>();
        Time("catalog trie + boundary checks (both fields)", papers, megabytes, p =>
        {
            candidates.Clear();
            dictionary.Find(p.Title, candidates);
            dictionary.Find(p.Abstract, candidates);
            return candidates.Count;
        });
        Time("span resolution (both fields, after the catalog match)", papers, megabytes, p =>
        {
            candidates.Clear();
            dictionary.Find(p.Title, candidates);
            var count = SpanResolver.Resolve(p.Title, candidates).Count;
            candidates.Clear();
            dictionary.Find(p.Abstract, candidates);
            return count + SpanResolver.Resolve(p.Abstract, candidates).Count;
        });
        Time("abbreviation definitions (both fields)", papers, megabytes, p => AbbreviationDetector.Find(p.Title).Count + AbbreviationDetector.Find(p.Abstract).Count);
        Time("novelty cues", papers, megabytes, p => NoveltyDetector.Find(p).Count);
        Time("catalog introducer lookup", papers, megabytes, p => dictionary.Catalog.IntroducedBy(p).Count);
    }

    private static void Time(string phase, IReadOnlyList<Paper> papers, double megabytes, Func<Paper, int> run)
    {
        long found = 0;
        var timing = Timing.Best(() => found = papers.Sum(p => (long)run(p)));
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        foreach (var paper in papers)
        {
            run(paper);
        }

        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        Console.WriteLine($"  {phase}: {timing.CpuSeconds * 1e6 / papers.Count:F1} µs/paper ({megabytes / timing.CpuSeconds:F0} MB/s UTF-8), {allocated / papers.Count} B/paper allocated, {found} found");
    }
}
