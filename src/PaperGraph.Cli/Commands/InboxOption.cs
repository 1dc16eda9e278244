using System.CommandLine;

namespace PaperGraph.Cli.Commands;

/// <summary><c>--inbox DIR</c>: the folder the worker watches.</summary>
internal sealed class InboxOption : Option<string>
{
    public InboxOption(bool required)
        : base("--inbox")
    {
        Description = required
            ? "The inbox folder to watch; processing/, done/ and failed/ are created inside it."
            : "The inbox folder to watch (default: inbox/ next to the database).";
        HelpName = "DIR";
        Required = required;
    }

    public static string DefaultFor(string databasePath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(databasePath))!, "inbox");
}
