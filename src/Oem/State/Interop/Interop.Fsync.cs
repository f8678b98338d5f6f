using System.Runtime.InteropServices;

namespace Oem.State.Interop;

/// <summary>The libc calls .NET has no API for: opening a directory and fsync(2)-ing it, so a rename is durable.</summary>
internal static partial class Libc
{
    /// <summary>
    /// O_RDONLY: 0 on every Linux architecture, and enough to open a directory for fsync(2). (O_DIRECTORY is not:
    /// 0x10000 on x86-64 is O_DIRECT on arm64, where opening a directory with it fails with EINVAL.)
    /// </summary>
    public const int ORdOnly = 0;

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    public static partial int Fsync(int fd);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    public static partial int Close(int fd);
}
