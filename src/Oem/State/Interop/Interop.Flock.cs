using System.Runtime.InteropServices;

namespace Oem.State.Interop;

/// <summary>open(2) with O_CREAT and flock(2): the state directory's lock file (<see cref="StateDirectoryLock"/>).</summary>
internal static partial class Libc
{
    /// <summary>O_RDWR | O_CREAT | O_CLOEXEC: the same values on x86-64 and arm64 (asm-generic/fcntl.h).</summary>
    public const int OReadWriteCreateCloseOnExec = 0x2 | 0x40 | 0x80000;

    public const int LockExclusiveNonBlocking = 2 | 4; // LOCK_EX | LOCK_NB

    public const int Ewouldblock = 11; // EAGAIN on Linux

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Open(string path, int flags, uint mode);

    [LibraryImport("libc", EntryPoint = "flock", SetLastError = true)]
    public static partial int Flock(int fd, int operation);
}
