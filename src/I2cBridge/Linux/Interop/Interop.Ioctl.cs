using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace I2cBridge.Linux.Interop;

internal static unsafe partial class Libc
{
    /// <summary>ioctl(2). The third argument is a pointer or, for value commands (I2C_SLAVE, I2C_PEC), the value itself.</summary>
    [LibraryImport("libc", EntryPoint = "ioctl", SetLastError = true)]
    internal static partial int Ioctl(SafeFileHandle fd, nuint request, void* argp);
}
