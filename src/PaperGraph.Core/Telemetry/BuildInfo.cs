using System.Reflection;

namespace PaperGraph.Core.Telemetry;

/// <summary>
/// The version and commit this build came from, read from the assembly's informational version
/// (<c>1.0.0+&lt;commit&gt;</c>: the SDK appends the source revision when it builds from a git checkout).
/// </summary>
public static class BuildInfo
{
    private static readonly string Informational =
        typeof(BuildInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    public static string Version { get; } = Informational.Split('+')[0];

    /// <summary>The commit, or <c>unknown</c> when the build had no git checkout (e.g. a source tarball).</summary>
    public static string Commit { get; } = Informational.Split('+') is [_, var commit, ..] && commit.Length > 0 ? commit : "unknown";

}
