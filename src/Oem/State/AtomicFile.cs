using System.Runtime.InteropServices;
using Oem.State.Interop;

namespace Oem.State;

/// <summary>
/// Replaces a file so that a crash at any moment leaves either the old or the new content: write a temporary file
/// in the same directory, fsync it, rename it over the target, fsync the directory (rename(2) is atomic within one
/// file system; the directory fsync makes the rename itself durable).
/// </summary>
public static class AtomicFile
{
    public static void Write(string path, ReadOnlySpan<byte> content)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            stream.Write(content);
            stream.Flush(flushToDisk: true);
        }
        File.Move(temporary, path, overwrite: true);
        SyncDirectory(directory);
    }

    private static void SyncDirectory(string directory)
    {
        if (!OperatingSystem.IsLinux())
            return;
        var fd = Libc.Open(directory, Libc.ORdOnly | Libc.ODirectory);
        if (fd < 0)
            throw new IOException($"open('{directory}') failed: errno {Marshal.GetLastPInvokeError()}");
        try
        {
            if (Libc.Fsync(fd) != 0)
                throw new IOException($"fsync('{directory}') failed: errno {Marshal.GetLastPInvokeError()}");
        }
        finally
        {
            Libc.Close(fd);
        }
    }
}
