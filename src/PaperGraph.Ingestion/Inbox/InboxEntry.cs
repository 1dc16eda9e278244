using System.Runtime.InteropServices;

namespace PaperGraph.Ingestion.Inbox;

/// <summary>
/// Tells a regular file from a link, FIFO or device without opening it (opening a FIFO blocks until a writer
/// comes; reading through a link reads whatever it points at). .NET reports FIFOs and devices as plain files,
/// so on Linux this asks <c>statx(2)</c> with <c>AT_SYMLINK_NOFOLLOW</c>; its buffer layout is the same on
/// every architecture. Elsewhere only links are told apart.
/// </summary>
internal static partial class InboxEntry
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28;
    private const int TypeMask = 0xF000;
    private const int RegularType = 0x8000;
    private const int DirectoryType = 0x4000;
    private const int LinkType = 0xA000;

    public static InboxEntryKind KindOf(string path)
    {
        if (OperatingSystem.IsLinux())
        {
            var buffer = new byte[256];
            if (StatX(AtFdCwd, path, AtSymlinkNoFollow, StatxType, buffer) != 0)
            {
                return InboxEntryKind.Missing;
            }

            return (BitConverter.ToUInt16(buffer, ModeOffset) & TypeMask) switch
            {
                RegularType => InboxEntryKind.RegularFile,
                DirectoryType => InboxEntryKind.Directory,
                LinkType => InboxEntryKind.SymbolicLink,
                _ => InboxEntryKind.Special,
            };
        }

        var info = new FileInfo(path);
        return !info.Exists && !Directory.Exists(path) && info.LinkTarget is null ? InboxEntryKind.Missing
            : info.LinkTarget is not null || info.Attributes.HasFlag(FileAttributes.ReparsePoint) ? InboxEntryKind.SymbolicLink
            : info.Attributes.HasFlag(FileAttributes.Directory) ? InboxEntryKind.Directory
            : InboxEntryKind.RegularFile;
    }

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static partial int StatX(int dirfd, string pathname, int flags, uint mask, [Out] byte[] statxbuf);
}
