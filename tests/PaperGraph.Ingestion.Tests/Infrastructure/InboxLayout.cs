using System.Text.Json;

namespace PaperGraph.Ingestion.Tests.Infrastructure;

/// <summary>Reads what the worker left in an inbox: receipts in done/, errors in failed/.</summary>
internal sealed class InboxLayout(string inbox)
{
    public string Root => inbox;

    public string Done => Path.Combine(inbox, "done");

    public string Failed => Path.Combine(inbox, "failed");

    public string[] Receipts() => Files(Done, "*.receipt.json");

    public string[] Errors() => Files(Failed, "*.error.json");

    public string[] WaitingOrProcessing() =>
        [.. Directory.EnumerateFiles(inbox), .. Directory.Exists(Path.Combine(inbox, "processing"))
            ? Directory.EnumerateFiles(Path.Combine(inbox, "processing"), "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".lock", StringComparison.Ordinal))
            : []];

    public static JsonElement ReadJson(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return document.RootElement.Clone();
    }

    private static string[] Files(string folder, string pattern) =>
        Directory.Exists(folder) ? [.. Directory.EnumerateFiles(folder, pattern).Order(StringComparer.Ordinal)] : [];
}
