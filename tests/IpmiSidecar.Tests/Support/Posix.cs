using System.Runtime.InteropServices;

namespace IpmiSidecar.Tests.Support;

/// <summary>The one signal the .NET process API cannot send: SIGTERM, the way systemd stops a service.</summary>
internal static partial class Posix
{
    private const int SigTerm = 15;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);

    public static void Terminate(int pid)
    {
        if (Kill(pid, SigTerm) != 0)
            throw new InvalidOperationException($"kill({pid}, SIGTERM) failed: errno {Marshal.GetLastPInvokeError()}");
    }
}
