using System.Globalization;
using System.Security.Cryptography;

namespace PaperGraph.Core.Writing;

/// <summary>
/// Who holds a store's writer lease: <c>host:pid:random</c>. The random part tells two runs of one pid apart,
/// so a lease is never mistaken for one's own; host and pid let a writer on the same host see that the holder
/// is gone (<c>/proc/&lt;pid&gt;</c> absent) instead of waiting for the lease to expire.
/// </summary>
public sealed record WriterLeaseOwner(string Host, int ProcessId, string Nonce)
{
    /// <summary>A new owner for this process; each <see cref="WriterLease"/> has its own.</summary>
    public static WriterLeaseOwner ForThisProcess() =>
        new(Environment.MachineName, Environment.ProcessId, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)));

    /// <summary>Reads <c>host:pid:random</c>; null for anything else.</summary>
    public static WriterLeaseOwner? TryParse(string? text)
    {
        var parts = text?.Split(':');
        return parts is [var host, var pid, var nonce] && host.Length > 0 && nonce.Length > 0
            && int.TryParse(pid, NumberStyles.None, CultureInfo.InvariantCulture, out var processId)
            ? new WriterLeaseOwner(host, processId, nonce)
            : null;
    }

    /// <summary>
    /// Whether this holder certainly no longer runs: it ran on <paramref name="host"/> (this one), which has a
    /// <c>/proc</c>, and its pid has no entry there. A pid reused since looks alive: then the lease's expiry decides.
    /// </summary>
    public bool IsGoneFrom(string host) =>
        Host == host && Directory.Exists("/proc/self") && !Directory.Exists(Path.Combine("/proc", ProcessId.ToString(CultureInfo.InvariantCulture)));

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Host}:{ProcessId}:{Nonce}");
}
