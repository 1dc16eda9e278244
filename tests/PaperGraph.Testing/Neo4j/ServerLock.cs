namespace PaperGraph.Testing.Neo4j;

/// <summary>
/// An exclusive lock on one test server across processes: test projects run in parallel under <c>dotnet test</c>,
/// and each one empties the server's single database, so a project holds the lock while it uses the server.
/// An exclusively opened file in the temp folder, keyed by the server's port, released when the process ends.
/// </summary>
public sealed class ServerLock : IDisposable
{
    private readonly FileStream _file;

    private ServerLock(FileStream file) => _file = file;

    /// <summary>Waits up to <paramref name="timeout"/> for the lock; null when another run held it all along.</summary>
    public static async Task<ServerLock?> AcquireAsync(string url, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), $"papergraph-neo4j-test-{new Uri(url).Port}.lock");
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                return new ServerLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
            }
            catch (IOException)
            {
                return null;
            }
        }
    }

    public void Dispose() => _file.Dispose();
}
