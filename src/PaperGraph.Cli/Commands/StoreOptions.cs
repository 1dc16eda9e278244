using System.CommandLine;
using System.CommandLine.Parsing;

namespace PaperGraph.Cli.Commands;

/// <summary>
/// The store options every command takes (<c>--store</c>, <c>--db</c>, <c>--neo4j-url</c>, <c>--neo4j-user</c>,
/// <c>--neo4j-password</c>), recursive on the root command, validated on every command before it runs.
/// The Neo4j settings fall back to <c>NEO4J_URL</c>, <c>NEO4J_USER</c> and <c>NEO4J_PASSWORD</c>, so a password
/// need not appear on a command line.
/// </summary>
internal sealed class StoreOptions
{
    private readonly Option<string> _store = new("--store")
    {
        Description = "The graph store: sqlite (an embedded file, the default) or neo4j (a server over HTTP).",
        Recursive = true,
        DefaultValueFactory = _ => "sqlite",
    };

    private readonly Option<string> _database = new("--db")
    {
        Description = "The SQLite database file (created when missing); with --store sqlite.",
        HelpName = "PATH",
        Recursive = true,
        DefaultValueFactory = _ => DefaultDatabasePath,
    };

    private readonly EnvironmentOption _neo4jUrl = new("--neo4j-url", "NEO4J_URL", "URL", "The Neo4j server's HTTP root, e.g. http://127.0.0.1:7474; with --store neo4j.");
    private readonly EnvironmentOption _neo4jUser = new("--neo4j-user", "NEO4J_USER", "USER", "Neo4j basic-auth user; none when left out.");
    private readonly EnvironmentOption _neo4jPassword = new("--neo4j-password", "NEO4J_PASSWORD", "PASSWORD", "Neo4j basic-auth password (prefer NEO4J_PASSWORD).");

    public static string DefaultDatabasePath => Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify),
        "papergraph",
        "papergraph.db");

    public void AddTo(RootCommand root)
    {
        _store.AcceptOnlyFromAmong("sqlite", "neo4j");
        root.Add(_store);
        root.Add(_database);
        root.Add(_neo4jUrl);
        root.Add(_neo4jUser);
        root.Add(_neo4jPassword);
        AddValidator(root);
    }

    /// <summary>A parent's validators do not run for its subcommands, so each command gets the check.</summary>
    private void AddValidator(Command command)
    {
        command.Validators.Add(Validate);
        foreach (var subcommand in command.Subcommands)
        {
            AddValidator(subcommand);
        }
    }

    public StoreSelection Read(ParseResult parseResult) => new(
        IsNeo4j(parseResult.GetValue(_store)) ? StoreProvider.Neo4j : StoreProvider.Sqlite,
        parseResult.GetRequiredValue(_database),
        _neo4jUrl.Read(parseResult.GetValue(_neo4jUrl))?.TrimEnd('/'),
        _neo4jUser.Read(parseResult.GetValue(_neo4jUser)),
        _neo4jPassword.Read(parseResult.GetValue(_neo4jPassword)));

    private void Validate(CommandResult result)
    {
        if (HasParseErrors(result))
        {
            return; // reading a value that failed to parse throws; the parser reports it already
        }

        var neo4j = IsNeo4j(result.GetValue(_store));
        if (neo4j)
        {
            if (IsExplicit(result, _database))
            {
                result.AddError("--db applies to --store sqlite; with --store neo4j the data lives on the server named by --neo4j-url.");
            }

            ValidateNeo4j(result);
            return;
        }

        foreach (var option in new[] { _neo4jUrl, _neo4jUser, _neo4jPassword }.Where(o => IsExplicit(result, o)))
        {
            result.AddError($"{option.Name} applies only with --store neo4j.");
        }
    }

    private void ValidateNeo4j(CommandResult result)
    {
        var url = _neo4jUrl.Read(result.GetValue(_neo4jUrl));
        if (string.IsNullOrWhiteSpace(url))
        {
            result.AddError("--store neo4j needs --neo4j-url URL (or NEO4J_URL), e.g. http://127.0.0.1:7474.");
        }
        else if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || string.IsNullOrEmpty(uri.Host))
        {
            result.AddError($"--neo4j-url must be an absolute http:// or https:// URL; got '{PaperGraph.Core.Text.RedactedUrl.Of(url)}'.");
        }

        var hasUser = !string.IsNullOrEmpty(_neo4jUser.Read(result.GetValue(_neo4jUser)));
        var hasPassword = !string.IsNullOrEmpty(_neo4jPassword.Read(result.GetValue(_neo4jPassword)));
        if (hasUser != hasPassword)
        {
            result.AddError(hasUser
                ? "--neo4j-user needs --neo4j-password (or NEO4J_PASSWORD)."
                : "--neo4j-password needs --neo4j-user (or NEO4J_USER).");
        }
    }

    private static bool IsNeo4j(string? store) => string.Equals(store, "neo4j", StringComparison.OrdinalIgnoreCase);

    private bool HasParseErrors(CommandResult result) =>
        new Option[] { _store, _database, _neo4jUrl, _neo4jUser, _neo4jPassword }
            .Any(option => result.GetResult(option) is { } given && (given.Errors.Any() || given.Tokens.Count < given.IdentifierTokenCount));

    /// <summary>Given on the command line (not a default or an environment fallback).</summary>
    private static bool IsExplicit(CommandResult result, Option option) => result.GetResult(option) is { Implicit: false };
}
