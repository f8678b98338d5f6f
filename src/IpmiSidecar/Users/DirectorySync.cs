using System.Runtime.InteropServices;

namespace IpmiSidecar.Users;

/// <summary>fsync(2) of a directory, so a rename in it survives a power cut (Linux; elsewhere a no-op).</summary>
internal static partial class DirectorySync
{
    /// <summary>O_RDONLY: enough to open a directory for fsync (O_DIRECTORY's value differs between architectures).</summary>
    private const int ReadOnly = 0;

    public static void Flush(string directory)
    {
        if (!OperatingSystem.IsLinux())
            return;
        var fd = Open(directory, ReadOnly);
        if (fd < 0)
            throw new IOException($"Cannot open {directory} to flush it: errno {Marshal.GetLastPInvokeError()}.");
        try
        {
            if (FileSync(fd) != 0)
                throw new IOException($"fsync of {directory} failed: errno {Marshal.GetLastPInvokeError()}.");
        }
        finally
        {
            Close(fd);
        }
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int FileSync(int fd);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int fd);
}
