using System.CommandLine;
using PaperGraph.Core.Storage;
using PaperGraph.Core.Text;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph search "state space" [--limit N]</c>: full-text search, best match first.</summary>
internal sealed class SearchCommand : Command
{
    private readonly CliServices _services;
    private readonly StoreOptions _store;
    private readonly Argument<string> _query = new("QUERY") { Description = "Words to find in titles and abstracts (all must match)." };
    private readonly Option<int> _limit = new("--limit") { Description = "Most results to print.", DefaultValueFactory = _ => 20 };

    public SearchCommand(CliServices services, StoreOptions store)
        : base("search", "Search papers by title and abstract; prints id, date and title, best match first.")
    {
        (_services, _store) = (services, store);
        Add(_query);
        Add(_limit);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var limit = Math.Clamp(parseResult.GetValue(_limit), 1, 1_000);
        await using var open = await _services.Stores.OpenAsync(_store.Read(parseResult), cancellationToken);
        var filter = new PaperFilter { Search = parseResult.GetRequiredValue(_query) };
        var page = await open.Store.QueryPapersAsync(new PaperQuery(filter, PaperOrder.Relevance, limit), cancellationToken);
        foreach (var paper in page.Items.Select(i => i.Node))
        {
            await output.WriteLineAsync($"{paper.Id}\t{paper.Date?.ToString() ?? "-"}\t{PrintableText.Escape(paper.Title)}");
        }

        return ExitCodes.Success;
    }
}
