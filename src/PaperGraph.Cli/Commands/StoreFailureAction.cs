using System.CommandLine;
using System.CommandLine.Invocation;
using PaperGraph.Core.Writing;
using PaperGraph.Store.Neo4j.Http;

namespace PaperGraph.Cli.Commands;

/// <summary>
/// Wraps a command's action so a store that cannot be reached or written (at open or later, once retries are spent; a read-only
/// or full SQLite file) or that refuses a transaction (a Neo4j transaction timeout, a rejected statement) ends the run with
/// its one-line reason and exit code 1, instead of System.CommandLine's stack trace; and runs the action off the calling thread so SIGTERM
/// and Ctrl-C can always end it. Applied to every command in one place.
/// </summary>
internal sealed class StoreFailureAction(AsynchronousCommandLineAction inner) : AsynchronousCommandLineAction
{
    public override async Task<int> InvokeAsync(ParseResult parseResult, CancellationToken cancellationToken = default)
    {
        // Off the caller's thread: SQLite calls block their thread (a wait on a file another process holds locked, a
        // long statement), and System.CommandLine can end the run on SIGTERM or Ctrl-C only once the action has handed
        // its caller a task. Run inline, a blocked `search` ignored SIGTERM until SQLite gave up 30 s later.
        await Task.Yield();
        try
        {
            return await inner.InvokeAsync(parseResult, cancellationToken);
        }
        catch (Exception exception) when (exception is StoreUnavailableException or Neo4jUnavailableException or WriterLeaseUnavailableException or WriterLeaseLostException)
        {
            await parseResult.InvocationConfiguration.Error.WriteLineAsync(exception.Message);
            return ExitCodes.Failure;
        }
        catch (Exception exception) when (exception is Neo4jTransactionTimeoutException or Neo4jQueryException or Neo4jTransientException)
        {
            // Their messages carry Neo4j's status code but never its text (query text, data) nor the server's URL.
            await parseResult.InvocationConfiguration.Error.WriteLineAsync(exception.Message);
            return ExitCodes.Failure;
        }
        catch (Exception exception) when (SqliteFailure.Describe(exception) is { } line)
        {
            await parseResult.InvocationConfiguration.Error.WriteLineAsync(line);
            return ExitCodes.Failure;
        }
    }

    /// <summary>Wraps the actions of <paramref name="command"/> and all its subcommands.</summary>
    public static void Apply(Command command)
    {
        if (command.Action is AsynchronousCommandLineAction action and not StoreFailureAction)
        {
            command.Action = new StoreFailureAction(action);
        }

        foreach (var subcommand in command.Subcommands)
        {
            Apply(subcommand);
        }
    }
}
