using System.CommandLine;

namespace PaperGraph.Cli.Commands;

/// <summary><c>--db PATH</c> on every command; defaults to <c>papergraph.db</c> in the user's local application data.</summary>
internal sealed class DatabaseOption : Option<string>
{
    public DatabaseOption()
        : base("--db")
    {
        Description = "The SQLite database file (created when missing).";
        HelpName = "PATH";
        Recursive = true;
        DefaultValueFactory = _ => DefaultPath;
    }

    public static string DefaultPath => Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify),
        "papergraph",
        "papergraph.db");
}
