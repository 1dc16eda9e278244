namespace PaperGraph.Api.Tests.Infrastructure;

/// <summary>The repository root, found at run time by walking up to PaperGraph.sln.</summary>
internal static class RepoRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "PaperGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("PaperGraph.sln not found above the test binaries.");
    }
}
