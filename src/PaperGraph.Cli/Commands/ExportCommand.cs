using System.CommandLine;
using System.Text;
using PaperGraph.Core.Export;
using PaperGraph.Core.Graph;

namespace PaperGraph.Cli.Commands;

/// <summary>
/// <c>papergraph export --format jsonl|graphml|csv|jsonld|bibtex [-o FILE|DIR] [--entity ID] [--from DATE] [--to DATE] [--around ID [--hops N]]</c>:
/// the graph, or the part the filters choose, streamed in id order.
/// </summary>
internal sealed class ExportCommand : Command
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly CliServices _services;
    private readonly StoreOptions _store;
    private readonly Option<string> _format = new("--format")
    {
        Description = "jsonl (one JSON object per paper), graphml, csv (neo4j-admin import files), jsonld (schema.org) or bibtex.",
        DefaultValueFactory = _ => "jsonl",
    };

    private readonly Option<FileInfo?> _output = new("--output", "-o")
    {
        Description = "File to write (replaced when it exists); standard output when left out. For csv: a folder, or a file ending in .zip.",
        HelpName = "FILE",
    };

    private readonly Option<string?> _entity = new("--entity") { Description = "Only papers that mention this entity id.", HelpName = "ID" };
    private readonly Option<string?> _from = new("--from") { Description = "Only papers listed on or after this date (2025-03-01).", HelpName = "DATE" };
    private readonly Option<string?> _to = new("--to") { Description = "Only papers listed on or before this date.", HelpName = "DATE" };
    private readonly Option<string?> _around = new("--around") { Description = "Only papers within --hops of this paper or entity id.", HelpName = "ID" };
    private readonly Option<int> _hops = new("--hops") { Description = "Hops around --around, 0–3.", DefaultValueFactory = _ => 1 };

    public ExportCommand(CliServices services, StoreOptions store)
        : base("export", "Export papers with their authors, mentions, introduced entities and builds-on links, in one of five formats.")
    {
        (_services, _store) = (services, store);
        _format.AcceptOnlyFromAmong([.. ExportFormats.Names]);
        _hops.Validators.Add(result =>
        {
            if (result.GetValue(_hops) is < 0 or > 3)
            {
                result.AddError("--hops must be between 0 and 3.");
            }
        });
        foreach (var option in new Option[] { _format, _output, _entity, _from, _to, _around, _hops })
        {
            Add(option);
        }

        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var error = parseResult.InvocationConfiguration.Error;
        _ = ExportFormats.TryParse(parseResult.GetValue(_format), out var format);
        if (!TryDate(parseResult.GetValue(_from), out var from) || !TryDate(parseResult.GetValue(_to), out var to))
        {
            await error.WriteLineAsync("--from and --to take an ISO date such as 2025-03-01.");
            return ExitCodes.Failure;
        }

        var filter = new ExportFilter
        {
            EntityId = parseResult.GetValue(_entity),
            DateFrom = from,
            DateTo = to,
            Around = parseResult.GetValue(_around),
            Hops = parseResult.GetValue(_hops),
        };
        var file = parseResult.GetValue(_output);
        if (format == ExportFormat.Csv && file is null)
        {
            await error.WriteLineAsync("csv writes several files: name a folder or a .zip file with -o.");
            return ExitCodes.Failure;
        }

        await using var open = await _services.Stores.OpenAsync(_store.Read(parseResult), cancellationToken);
        var exporter = new GraphExporter(open.Store);
        try
        {
            await WriteAsync(exporter, format, filter, file, parseResult.InvocationConfiguration.Output, cancellationToken);
        }
        catch (ExportFilterException exception)
        {
            await error.WriteLineAsync(exception.Message);
            return ExitCodes.Failure;
        }

        return ExitCodes.Success;
    }

    private static async Task WriteAsync(GraphExporter exporter, ExportFormat format, ExportFilter filter, FileInfo? file, TextWriter stdout, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            await exporter.WriteAsync(format, filter, stdout, cancellationToken);
        }
        else if (format == ExportFormat.Csv && !file.Name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            Directory.CreateDirectory(file.FullName);
            await exporter.WriteCsvAsync(filter, name => new StreamWriter(Path.Combine(file.FullName, name), append: false, Utf8), cancellationToken);
        }
        else
        {
            await using var stream = new FileStream(file.FullName, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
            await exporter.WriteAsync(format, filter, stream, cancellationToken);
        }
    }

    private static bool TryDate(string? text, out ListingDate? date)
    {
        date = null;
        if (text is null)
        {
            return true;
        }

        if (ListingDate.TryParse(text, out var parsed) && parsed.Year is not null)
        {
            date = parsed;
            return true;
        }

        return false;
    }
}
