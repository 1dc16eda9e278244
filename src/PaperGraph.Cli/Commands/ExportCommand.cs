using System.CommandLine;
using System.Text;
using PaperGraph.Core.Export;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph export --format jsonl [-o FILE]</c>: the whole graph, one paper per line, in id order.</summary>
internal sealed class ExportCommand : Command
{
    private readonly CliServices _services;
    private readonly StoreOptions _store;
    private readonly Option<string> _format = new("--format")
    {
        Description = "Output format; jsonl is one JSON object per paper with its mentions, introductions and links.",
        DefaultValueFactory = _ => "jsonl",
    };

    private readonly Option<FileInfo?> _output = new("--output", "-o")
    {
        Description = "File to write (replaced when it exists); standard output when left out.",
        HelpName = "FILE",
    };

    public ExportCommand(CliServices services, StoreOptions store)
        : base("export", "Export every paper with its mentions, introduced entities and builds-on links.")
    {
        (_services, _store) = (services, store);
        _format.AcceptOnlyFromAmong("jsonl");
        Add(_format);
        Add(_output);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        await using var open = await _services.Stores.OpenAsync(_store.Read(parseResult), cancellationToken);
        var exporter = new JsonlExporter(open.Store);
        if (parseResult.GetValue(_output) is { } file)
        {
            await using var writer = new StreamWriter(file.FullName, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            await exporter.WriteAsync(writer, cancellationToken);
        }
        else
        {
            await exporter.WriteAsync(parseResult.InvocationConfiguration.Output, cancellationToken);
        }

        return ExitCodes.Success;
    }
}
