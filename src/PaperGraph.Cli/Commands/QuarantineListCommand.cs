using System.CommandLine;
using System.Text.Json;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph quarantine list [--json]</c>: every quarantined record, oldest first.</summary>
internal sealed class QuarantineListCommand : Command
{
    private const int PageSize = 500;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly CliServices _services;
    private readonly StoreOptions _store;
    private readonly Option<bool> _json = new("--json") { Description = "Print a JSON array instead of lines." };

    public QuarantineListCommand(CliServices services, StoreOptions store)
        : base("list", "List quarantined records: id, source and line, reason.")
    {
        (_services, _store) = (services, store);
        Add(_json);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var output = parseResult.InvocationConfiguration.Output;
        await using var open = await _services.Stores.OpenAsync(_store.Read(parseResult), cancellationToken);
        var records = new List<QuarantineRecord>();
        Page<QuarantineRecord> page;
        string? after = null;
        do
        {
            page = await open.Store.ListQuarantineAsync(PageSize, after, cancellationToken);
            records.AddRange(page.Items.Select(i => i.Node));
            after = page.EndCursor;
        }
        while (page.HasNextPage);

        if (parseResult.GetValue(_json))
        {
            var rows = records.Select(r => new { r.Id, r.Source, r.Line, r.Offset, r.ReasonCode, r.Reason, r.Format, r.QuarantinedAt, RawBytes = r.Raw.Length });
            await output.WriteLineAsync(JsonSerializer.Serialize(rows, Json));
            return ExitCodes.Success;
        }

        foreach (var record in records)
        {
            await output.WriteLineAsync($"{record.Id}\t{record.Source}:{record.Line?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}\t{record.ReasonCode}\t{record.Reason}");
        }

        return ExitCodes.Success;
    }
}
