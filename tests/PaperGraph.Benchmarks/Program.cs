using System.Globalization;
using PaperGraph.Benchmarks;

// dotnet run -c Release --project tests/PaperGraph.Benchmarks -- linker --corpus PATH [--limit N]
// dotnet run -c Release --project tests/PaperGraph.Benchmarks -- ingest --corpus PATH [--limit N]
// dotnet run -c Release --project tests/PaperGraph.Benchmarks -- dump --corpus PATH|samples --out FILE [--limit N]
// dotnet run -c Release --project tests/PaperGraph.Benchmarks -- neo4j-ingest --corpus PATH [--limit N] --neo4j-url URL
// dotnet run -c Release --project tests/PaperGraph.Benchmarks -- related --db PATH | --neo4j-url URL [--samples N]
// dotnet run -c Release --project tests/PaperGraph.Benchmarks -- search --db PATH | --neo4j-url URL [--samples N] [--api URL]
// dotnet run -c Release --project tests/PaperGraph.Benchmarks -- graphql-load --db PATH --api URL [--clients N] [--seconds S] [--max-requests N]
// dotnet run -c Release --project tests/PaperGraph.Benchmarks -- store-telemetry --db PATH [--calls N]
// dotnet run -c Release --project tests/PaperGraph.Benchmarks -- store-reads --db PATH --neo4j-url URL [--samples N]
// dotnet run -c Release --project tests/PaperGraph.Benchmarks -- worker --corpus PATH [--file-size N] [--drops N] [--readers N]
// dotnet run -c Release --project tests/PaperGraph.Benchmarks -- reconcile --db PATH --api URL [--batches N] [--suggests N]
// dotnet run -c Release --project tests/PaperGraph.Benchmarks -- resolve --db PATH [--batches N]
// dotnet run -c Release --project tests/PaperGraph.Benchmarks -- export --db PATH --format jsonl|graphml|csv|jsonld|bibtex --out FILE|DIR
// dotnet run -c Release --project tests/PaperGraph.Benchmarks -- judge-sample --db PATH --n 100 --seed S --out FILE
// dotnet run -c Release --project tests/PaperGraph.Benchmarks -- explorer --api URL [--samples N]
// dotnet run -c Release --project tests/PaperGraph.Benchmarks -- serve-load --db PATH [--seconds S] [--connections N]
// dotnet run -c Release --project tests/PaperGraph.Benchmarks -- gold --scirex PATH/scirex_train_abstracts.jsonl --tdmsci PATH/test_500_v2.conll
if (args.FirstOrDefault() == "gold")
{
    return PaperGraph.Benchmarks.Gold.GoldBenchmark.Run(args[1..]);
}

if (args.FirstOrDefault() == "judge-sample")
{
    var judgeDb = Option("--db") ?? throw new ArgumentException("--db FILE is required");
    return await PaperGraph.Benchmarks.Judging.JudgeSample.RunAsync(
        judgeDb,
        int.Parse(Option("--n") ?? "100", CultureInfo.InvariantCulture),
        int.Parse(Option("--seed") ?? throw new ArgumentException("--seed S is required"), CultureInfo.InvariantCulture),
        Option("--out") ?? throw new ArgumentException("--out FILE is required"));
}

if (args.FirstOrDefault() == "explorer")
{
    var api = Option("--api") ?? throw new ArgumentException("--api URL is required");
    MachineInfo.Print(string.Join(' ', args));
    return await PaperGraph.Benchmarks.Explorer.ExplorerBenchmark.RunAsync(api, int.Parse(Option("--samples") ?? "20", CultureInfo.InvariantCulture));
}

if (args.FirstOrDefault() == "serve-load")
{
    var serveDb = Option("--db") ?? throw new ArgumentException("--db PATH is required");
    MachineInfo.Print(string.Join(' ', args.Select(a => a == serveDb ? Path.GetFileName(a) : a)));
    return await PaperGraph.Benchmarks.Wrk.ServeLoadBenchmark.RunAsync(
        Path.GetFullPath(serveDb), int.Parse(Option("--seconds") ?? "10", CultureInfo.InvariantCulture), int.Parse(Option("--connections") ?? "16", CultureInfo.InvariantCulture));
}

if (args.FirstOrDefault() == "worker")
{
    return await PaperGraph.Benchmarks.Worker.WorkerBenchmark.RunAsync(args[1..]);
}

if (args.FirstOrDefault() == "resolve")
{
    var resolveDb = Option("--db") ?? throw new ArgumentException("--db PATH is required");
    MachineInfo.Print(string.Join(' ', args.Select(a => a == resolveDb ? Path.GetFileName(a) : a)));
    return await ResolveBenchmark.RunAsync(resolveDb, int.Parse(Option("--batches") ?? "50", CultureInfo.InvariantCulture));
}

if (args.FirstOrDefault() is "reconcile" or "export")
{
    var db = Option("--db") ?? throw new ArgumentException("--db PATH is required");
    MachineInfo.Print(string.Join(' ', args.Select(a => a == db ? Path.GetFileName(a) : a)));
    return args[0] == "reconcile"
        ? await ReconcileBenchmark.RunAsync(db, Option("--api") ?? "http://127.0.0.1:5091", int.Parse(Option("--batches") ?? "50", CultureInfo.InvariantCulture), int.Parse(Option("--suggests") ?? "300", CultureInfo.InvariantCulture))
        : await ExportBenchmark.RunAsync(db, Option("--format") ?? "jsonl", Option("--out") ?? throw new ArgumentException("--out is required"));
}

var command = args.FirstOrDefault();
var corpus = Option("--corpus");
var limit = Option("--limit") is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : int.MaxValue;
if (command is "neo4j-ingest" or "linked-ingest" or "related" or "search" or "graphql-load" or "store-telemetry" or "store-reads")
{
    return await StoreBenchmarks.RunAsync(command, args);
}

if (command is not ("linker" or "ingest" or "dump") || corpus is null || (command == "dump" && Option("--out") is null))
{
    Console.Error.WriteLine("usage: linker|ingest --corpus PATH.jsonl[.gz] [--limit N]");
    Console.Error.WriteLine("       dump --corpus PATH.jsonl[.gz]|samples --out FILE [--limit N]");
    Console.Error.WriteLine(StoreBenchmarks.Usage);
    return 2;
}

MachineInfo.Print(string.Join(' ', args.Select(a => a == corpus ? Path.GetFileName(a) : a)));
switch (command)
{
    case "linker":
        LinkerBenchmark.Run(Corpus.ReadJsonLines(corpus, limit));
        break;
    case "ingest":
        return await IngestBenchmark.RunAsync(corpus, limit);
    default:
        var papers = corpus == "samples" ? await Corpus.ReadSamplesAsync() : Corpus.ReadJsonLines(corpus, limit);
        MentionDump.Write(papers, Option("--out")!);
        Console.WriteLine($"dumped {papers.Count} papers");
        break;
}

return 0;

string? Option(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}
