using System.CommandLine;
using PaperGraph.Api.Telemetry;

namespace PaperGraph.Cli;

/// <summary>
/// <c>--log-format text|json</c> on every command (recursive), falling back to the <c>LogFormat</c> environment
/// variable as the hosts read it. The logger exists before the command line is parsed, so <see cref="IsJson"/> reads
/// the arguments early; the option itself makes the parser accept, document and validate the value.
/// </summary>
internal sealed class LogFormatOption : Option<string>
{
    public LogFormatOption()
        : base(LogFormat.Option)
    {
        Description = "Log lines as text (the default) or json (one CLEF object per line, on standard error). Env: LogFormat.";
        HelpName = "FORMAT";
        Recursive = true;
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable(LogFormat.Key) ?? LogFormat.Text;
        AcceptOnlyFromAmong(LogFormat.Text, LogFormat.Json);
    }

    /// <summary>Whether the arguments (or else the environment) ask for JSON; a bad value is left for the parser to report.</summary>
    public static bool IsJson(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? value = null;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == LogFormat.Option && i + 1 < args.Count)
            {
                value = args[i + 1];
            }
            else if (args[i].StartsWith(LogFormat.Option + "=", StringComparison.Ordinal))
            {
                value = args[i][(LogFormat.Option.Length + 1)..];
            }
        }

        value ??= Environment.GetEnvironmentVariable(LogFormat.Key);
        return string.Equals(value?.Trim(), LogFormat.Json, StringComparison.OrdinalIgnoreCase);
    }
}
