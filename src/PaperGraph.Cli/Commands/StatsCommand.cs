using System.CommandLine;
using System.Globalization;
using System.Text.Json;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph stats [--json]</c>: counts of what the store holds.</summary>
internal sealed class StatsCommand : Command
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly CliServices _services;
    private readonly StoreOptions _store;
    private readonly Option<bool> _json = new("--json") { Description = "Print one JSON object: papers, entities, mentions, links, quarantined." };

    public StatsCommand(CliServices services, StoreOptions store)
        : base("stats", "Count papers, entities, mentions, links and quarantined records.")
    {
        (_services, _store) = (services, store);
        Add(_json);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var output = parseResult.InvocationConfiguration.Output;
        await using var open = await _services.Stores.OpenAsync(_store.Read(parseResult), cancellationToken);
        var stats = await open.Store.GetStatsAsync(cancellationToken);
        if (parseResult.GetValue(_json))
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(stats, Json));
            return ExitCodes.Success;
        }

        var culture = CultureInfo.InvariantCulture;
        await output.WriteLineAsync(string.Create(culture, $"papers       {stats.Papers}"));
        await output.WriteLineAsync(string.Create(culture, $"entities     {stats.Entities}"));
        await output.WriteLineAsync(string.Create(culture, $"mentions     {stats.Mentions}"));
        await output.WriteLineAsync(string.Create(culture, $"links        {stats.Links}"));
        await output.WriteLineAsync(string.Create(culture, $"quarantined  {stats.Quarantined}"));
        return ExitCodes.Success;
    }
}
