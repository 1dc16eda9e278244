namespace PaperGraph.Testing;

/// <summary>
/// A tmpfs of a chosen size mounted on a folder for one test, so a store can run out of disk for real; unmounted
/// (lazily, so a file still open does not keep it) when disposed. Needs root on Linux: elsewhere the test is skipped.
/// </summary>
public sealed class SmallDisk : IAsyncDisposable
{
    private SmallDisk(string path) => Path = path;

    public string Path { get; }

    public static async Task<SmallDisk> MountAsync(string path, string size)
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() && Environment.UserName == "root", "Mounting a small tmpfs needs root on Linux.");
        Directory.CreateDirectory(path);
        Assert.SkipUnless(await ExternalTool.ExitCodeAsync("mount", "-t", "tmpfs", "-o", $"size={size}", "tmpfs", path) == 0, "tmpfs cannot be mounted here.");
        return new SmallDisk(path);
    }

    /// <summary>Gives the disk a new size with its files in place (smaller than its contents fails).</summary>
    public async Task ResizeAsync(string size) => Assert.Equal(0, await ExternalTool.ExitCodeAsync("mount", "-o", $"remount,size={size}", Path));

    public async ValueTask DisposeAsync() => await ExternalTool.ExitCodeAsync("umount", "-l", Path);
}
