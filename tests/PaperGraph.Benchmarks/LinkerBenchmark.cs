using System.Buffers;
using System.Diagnostics;
using System.Text;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Linking;

namespace PaperGraph.Benchmarks;

/// <summary>
/// The full linker against the BCL's <see cref="SearchValues{T}"/> of the same aliases over the same text, in the
/// same process. Throughput counts UTF-8 bytes of title + abstract (what the corpus file holds); UTF-16 is shown too.
/// </summary>
internal static class LinkerBenchmark
{
    private const int Rounds = 3; // round 0 warms up the JIT and tiering; the best of the others is reported

    public static void Run(IReadOnlyList<Paper> papers)
    {
        var utf8 = papers.Sum(p => (double)Encoding.UTF8.GetByteCount(p.Title) + Encoding.UTF8.GetByteCount(p.Abstract)) / 1e6;
        var utf16 = papers.Sum(p => (p.Title.Length + p.Abstract.Length) * 2.0) / 1e6;
        var sw = Stopwatch.StartNew();
        var catalog = EntityCatalog.LoadEmbedded();
        var dictionary = new LinkerDictionary(catalog);
        Console.WriteLine($"catalog: {catalog.Entries.Count} entities, automaton built in {sw.Elapsed.TotalSeconds:F2}s");
        var aliases = catalog.Entries.Where(e => e.Linkable).SelectMany(e => e.Aliases.Select(a => a.Text)).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        var searchValues = SearchValues.Create(aliases, StringComparison.OrdinalIgnoreCase);
        Console.WriteLine($"papers: {papers.Count}, text: {utf8:F1} MB UTF-8 ({utf16:F1} MB UTF-16), aliases: {aliases.Length}");

        var linker = new PaperLinker();
        double link = double.MaxValue, first = double.MaxValue, every = double.MaxValue;
        long mentions = 0, fields = 0, hits = 0;
        for (var round = 0; round < Rounds; round++)
        {
            sw.Restart();
            mentions = 0;
            foreach (var paper in papers)
            {
                mentions += linker.Link(paper, dictionary).Annotations.Mentions.Count;
            }

            link = Math.Min(link, round == 0 ? double.MaxValue : sw.Elapsed.TotalSeconds);
            sw.Restart();
            fields = 0;
            foreach (var paper in papers)
            {
                fields += (paper.Title.AsSpan().IndexOfAny(searchValues) >= 0 ? 1 : 0) + (paper.Abstract.AsSpan().IndexOfAny(searchValues) >= 0 ? 1 : 0);
            }

            first = Math.Min(first, round == 0 ? double.MaxValue : sw.Elapsed.TotalSeconds);
            sw.Restart();
            hits = 0;
            foreach (var paper in papers)
            {
                hits += CountAll(paper.Title, searchValues) + CountAll(paper.Abstract, searchValues);
            }

            every = Math.Min(every, round == 0 ? double.MaxValue : sw.Elapsed.TotalSeconds);
        }

        Console.WriteLine($"linker, full (match + abbreviations + novelty + resolution), 1 thread: {utf8 / link:F1} MB/s UTF-8 ({utf16 / link:F1} MB/s UTF-16), {papers.Count / link:F0} papers/s, {mentions} mentions");
        Console.WriteLine($"SearchValues<string>.IndexOfAny, every match:  {utf8 / every:F1} MB/s UTF-8, {papers.Count / every:F0} papers/s, {hits} raw hits");
        Console.WriteLine($"SearchValues<string>.IndexOfAny, first match:  {utf8 / first:F1} MB/s UTF-8, {papers.Count / first:F0} papers/s, {fields} fields with a hit");
        Console.WriteLine($"ratio linker / SearchValues every match: {every / link:F2}x (the fair floor: the linker must find every mention)");
        Console.WriteLine($"ratio linker / SearchValues first match: {first / link:F2}x");
        Console.WriteLine($"where a paper's {link * 1e6 / papers.Count:F1} µs go (each phase timed alone):");
        LinkerPhases.Print(papers, dictionary, utf8);
    }

    /// <summary>Every position where some alias starts, restarting one char after each hit (overlaps included).</summary>
    private static long CountAll(string text, SearchValues<string> values)
    {
        long count = 0;
        var span = text.AsSpan();
        for (var at = span.IndexOfAny(values); at >= 0; at = span.IndexOfAny(values))
        {
            count++;
            span = span[(at + 1)..];
        }

        return count;
    }
}
