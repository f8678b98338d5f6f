using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace I2cBridge.Linux.Interop;

internal static unsafe partial class Libc
{
    /// <summary>read(2): one call returns one whole message on message-oriented character devices such as /dev/ipmb-N.</summary>
    [LibraryImport("libc", EntryPoint = "read", SetLastError = true)]
    internal static partial nint Read(SafeFileHandle fd, byte* buffer, nuint count);
}
