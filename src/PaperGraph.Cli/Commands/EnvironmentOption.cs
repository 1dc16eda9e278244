using System.CommandLine;

namespace PaperGraph.Cli.Commands;

/// <summary>
/// A string option that falls back to an environment variable. The fallback is applied when read, not as a
/// default value, so help never prints the variable's value (a password, say) and "given explicitly" stays
/// distinguishable from "taken from the environment".
/// </summary>
internal sealed class EnvironmentOption : Option<string?>
{
    private readonly string _variable;

    public EnvironmentOption(string name, string variable, string helpName, string description)
        : base(name)
    {
        _variable = variable;
        Description = $"{description} Default: ${variable}.";
        HelpName = helpName;
        Recursive = true;
    }

    /// <summary>The option's value when given, else the environment variable's when set.</summary>
    public string? Read(string? given) =>
        !string.IsNullOrEmpty(given) ? given
        : Environment.GetEnvironmentVariable(_variable) is { Length: > 0 } value ? value
        : null;
}
