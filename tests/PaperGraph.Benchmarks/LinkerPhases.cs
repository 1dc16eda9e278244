using System.Diagnostics;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Linking;

namespace PaperGraph.Benchmarks;

/// <summary>Times the linker's phases one at a time over the same papers, to show where a paper's time goes.</summary>
internal static class LinkerPhases
{
    public static void Print(IReadOnlyList<Paper> papers, LinkerDictionary dictionary, double megabytes)
    {
        var candidates = new List<MatchCandidate>();
        Time("catalog automaton + boundary checks (both fields)", papers, megabytes, p =>
        {
            candidates.Clear();
            dictionary.Find(p.Title, candidates);
            dictionary.Find(p.Abstract, candidates);
            return candidates.Count;
        });
        Time("abbreviation definitions (both fields)", papers, megabytes, p => AbbreviationDetector.Find(p.Title).Count + AbbreviationDetector.Find(p.Abstract).Count);
        Time("novelty cues", papers, megabytes, p => NoveltyDetector.Find(p).Count);
        Time("catalog introducer lookup", papers, megabytes, p => dictionary.Catalog.IntroducedBy(p).Count);
    }

    private static void Time(string phase, IReadOnlyList<Paper> papers, double megabytes, Func<Paper, int> run)
    {
        long found = 0;
        var best = double.MaxValue;
        for (var round = 0; round < 3; round++)
        {
            var sw = Stopwatch.StartNew();
            found = 0;
            foreach (var paper in papers)
            {
                found += run(paper);
            }

            best = round == 0 ? best : Math.Min(best, sw.Elapsed.TotalSeconds);
        }

        Console.WriteLine($"  phase {phase}: {best * 1e6 / papers.Count:F1} µs/paper ({megabytes / best:F0} MB/s UTF-8), {found} found");
    }
}
