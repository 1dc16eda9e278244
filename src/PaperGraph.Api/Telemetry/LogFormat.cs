using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace PaperGraph.Api.Telemetry;

/// <summary>
/// The <c>LogFormat</c> setting (<c>--log-format</c> on every command, <c>LogFormat</c> in configuration or the
/// environment): <c>text</c>, lines for people, or <c>json</c>, one CLEF object per line (Serilog's compact JSON with
/// the message rendered; <c>@l</c> is absent for Information, as CLEF has it).
/// </summary>
public static class LogFormat
{
    public const string Key = "LogFormat";
    public const string Option = "--log-format";
    public const string Text = "text";
    public const string Json = "json";

    private const string Template = "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}";

    /// <summary>True for <c>json</c>, false for <c>text</c> or nothing; anything else is a configuration error naming the key.</summary>
    public static bool IsJson(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or Text => false,
        Json => true,
        _ => throw new InvalidOperationException($"{Key} (--log-format) must be '{Text}' or '{Json}'; got '{value}'."),
    };

    /// <summary>The console sink in the chosen format; <paramref name="toStandardError"/> keeps stdout for a command's output.</summary>
    public static LoggerConfiguration Console(this LoggerConfiguration logger, bool json, bool toStandardError)
    {
        ArgumentNullException.ThrowIfNull(logger);
        var stderrFrom = toStandardError ? LogEventLevel.Verbose : (LogEventLevel?)null;
        return json
            ? logger.WriteTo.Console(new RenderedCompactJsonFormatter(), standardErrorFromLevel: stderrFrom)
            : logger.WriteTo.Console(outputTemplate: Template, standardErrorFromLevel: stderrFrom, formatProvider: System.Globalization.CultureInfo.InvariantCulture);
    }
}
