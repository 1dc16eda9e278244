using PaperGraph.Core.Linking;

namespace PaperGraph.Benchmarks.Gold;

/// <summary>Linking quality on public annotated sets the linker was not tuned on (see the data sources notes).</summary>
internal static class GoldBenchmark
{
    public static int Run(string[] args)
    {
        var scirex = Option(args, "--scirex");
        var tdmsci = Option(args, "--tdmsci");
        if (scirex is null && tdmsci is null)
        {
            Console.Error.WriteLine("usage: gold [--scirex scirex_train_abstracts.jsonl] [--tdmsci test_500_v2.conll]");
            return 2;
        }

        MachineInfo.Print(string.Join(' ', args.Select(a => a.Contains('/', StringComparison.Ordinal) ? Path.GetFileName(a) : a)));
        var dictionary = new LinkerDictionary(EntityCatalog.LoadEmbedded());
        if (scirex is not null)
        {
            SciRexEvaluation.Run(scirex, dictionary);
        }

        if (tdmsci is not null)
        {
            TdmSciEvaluation.Run(tdmsci, dictionary);
        }

        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
