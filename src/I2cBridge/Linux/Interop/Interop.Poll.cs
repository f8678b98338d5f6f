using System.Runtime.InteropServices;

namespace I2cBridge.Linux.Interop;

internal static unsafe partial class Libc
{
    internal const short POLLIN = 0x0001;

    /// <summary>poll(2) over <paramref name="nfds"/> entries; returns the number ready, 0 on timeout.</summary>
    [LibraryImport("libc", EntryPoint = "poll", SetLastError = true)]
    internal static partial int Poll(PollFd* fds, nuint nfds, int timeoutMs);
}
