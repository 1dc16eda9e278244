using System.Globalization;
using System.Runtime.InteropServices;

namespace PaperGraph.Benchmarks;

/// <summary>What the figures were measured on, printed at the top of every run so a result carries its machine.</summary>
internal static class MachineInfo
{
    public static void Print(string command)
    {
        Console.WriteLine($"benchmark: {command}");
        Console.WriteLine($"date (UTC): {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm}");
        Console.WriteLine($"machine: {Environment.ProcessorCount} logical cores, {TotalMemoryGb():F1} GB RAM, {CpuModel()}");
        Console.WriteLine($"os: {RuntimeInformation.OSDescription} ({RuntimeInformation.OSArchitecture})");
        Console.WriteLine($"runtime: {RuntimeInformation.FrameworkDescription}, server GC: {System.Runtime.GCSettings.IsServerGC}");
    }

    private static double TotalMemoryGb() => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1e9;

    private static string CpuModel()
    {
        const string CpuInfo = "/proc/cpuinfo";
        if (!File.Exists(CpuInfo))
        {
            return RuntimeInformation.ProcessArchitecture.ToString();
        }

        var line = File.ReadLines(CpuInfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
        return line is null ? "unknown cpu" : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }

    /// <summary>Peak resident set: VmHWM on Linux, else the process's peak working set.</summary>
    public static long PeakRssBytes()
    {
        const string Status = "/proc/self/status";
        if (File.Exists(Status))
        {
            var line = File.ReadLines(Status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is not null)
            {
                var kb = line["VmHWM:".Length..].Trim().Split(' ')[0];
                return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
            }
        }

        return Environment.WorkingSet > 0 ? System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 : 0;
    }
}
