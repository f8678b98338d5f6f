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
    /// <param name="path">The file to replace.</param>
    /// <param name="content">Its new content.</param>
    /// <param name="mode">
    /// Permissions the file is created with (e.g. owner-only for a file holding passwords), so the content is never
    /// on disk with wider ones; null keeps the process umask's default.
    /// </param>
    /// <exception cref="StateWriteException">The content could not be made durable; the old file, if any, is untouched.</exception>
    public static void Write(string path, ReadOnlySpan<byte> content, UnixFileMode? mode = null)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temporary = path + ".tmp";
        try
        {
            File.Delete(temporary); // a leftover from a crash: recreate it, with the mode asked for
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (mode is { } unixMode)
                options.UnixCreateMode = unixMode;
            using (var stream = new FileStream(temporary, options))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, path, overwrite: true);
            SyncDirectory(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            DeleteQuietly(temporary); // a partial temporary file on a full disk holds the space the next try needs
            throw new StateWriteException(path, e);
        }
    }

    private static void DeleteQuietly(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more to free; the caller reports the write that failed.
        }
    }

    private static void SyncDirectory(string directory)
    {
        if (!OperatingSystem.IsLinux())
            return;
        var fd = Libc.Open(directory, Libc.ORdOnly);
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
