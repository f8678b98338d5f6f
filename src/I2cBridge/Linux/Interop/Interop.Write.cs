using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace I2cBridge.Linux.Interop;

internal static unsafe partial class Libc
{
    /// <summary>write(2).</summary>
    [LibraryImport("libc", EntryPoint = "write", SetLastError = true)]
    internal static partial nint Write(SafeFileHandle fd, byte* buffer, nuint count);
}
