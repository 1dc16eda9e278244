using System.Text;

namespace PaperGraph.Core.Export;

/// <summary>
/// RFC 4180 fields as <c>neo4j-admin import</c> reads them: quoted when they hold a comma, a quote or a line
/// break (quotes doubled), arrays joined with its default array delimiter <c>;</c>.
/// </summary>
internal static class CsvText
{
    public const char ArrayDelimiter = ';';

    public static void AppendRow(StringBuilder builder, params ReadOnlySpan<string?> fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            var value = fields[i] ?? "";
            if (value.AsSpan().IndexOfAny(",\"\r\n") < 0 && value.Trim().Length == value.Length)
            {
                builder.Append(value);
            }
            else
            {
                builder.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
        }

        builder.Append('\n');
    }

    /// <summary>An array column: items joined by <see cref="ArrayDelimiter"/> (an item's own delimiter becomes a comma).</summary>
    public static string Array(IEnumerable<string> items) =>
        string.Join(ArrayDelimiter, items.Select(i => i.Replace(ArrayDelimiter, ',')));
}
