using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;
using Oem.State.Interop;

namespace Oem.State;

/// <summary>
/// One process per state directory: an exclusive flock(2) on <c>ipmisidecar.lock</c> in it, held for the process'
/// life and naming the holder's PID. Two sidecars on one directory would each acknowledge changes the other
/// overwrites; the second one stops at start-up instead. The kernel drops a flock when its holder exits, however it
/// exits, so a lock left by a killed process never blocks the next start (the stale PID in the file is overwritten).
/// <see cref="Acquire"/> also proves the directory writable, so a read-only or foreign-owned directory stops start-up
/// with its reason rather than failing the first acknowledged change.
/// </summary>
public sealed class StateDirectoryLock : IDisposable
{
    public const string FileName = "ipmisidecar.lock";

    private const UnixFileMode OwnerOnlyDirectory = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const uint ReadWriteForOwner = 0x180; // 0600
    private const int Eacces = 13, Eperm = 1, Erofs = 30;

    private readonly FileStream _file;

    private StateDirectoryLock(string path, FileStream file)
    {
        Path = path;
        _file = file;
    }

    /// <summary>The lock file.</summary>
    public string Path { get; }

    /// <summary>Creates the directory if needed, takes the lock and writes this process' PID into the lock file.</summary>
    /// <exception cref="StateDirectoryException">Another process holds the lock, or the directory cannot be written.</exception>
    public static StateDirectoryLock Acquire(string directory)
    {
        directory = System.IO.Path.GetFullPath(directory);
        try
        {
            Directory.CreateDirectory(directory, OwnerOnlyDirectory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Unwritable(directory, e);
        }
        var path = System.IO.Path.Combine(directory, FileName);
        var fd = Libc.Open(path, Libc.OReadWriteCreateCloseOnExec, ReadWriteForOwner);
        if (fd < 0)
            throw Unwritable(directory, Marshal.GetLastPInvokeError());
        var file = new FileStream(new SafeFileHandle(fd, ownsHandle: true), FileAccess.ReadWrite, bufferSize: 0);
        try
        {
            if (Libc.Flock(fd, Libc.LockExclusiveNonBlocking) != 0)
            {
                var error = Marshal.GetLastPInvokeError();
                throw error == Libc.Ewouldblock
                    ? new StateDirectoryException(StateDirectoryProblem.InUse, directory, HolderOf(file))
                    : Unwritable(directory, error);
            }
            ProveWritable(directory);
            WritePid(file);
            return new StateDirectoryLock(path, file);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    public void Dispose() => _file.Dispose();

    private static string HolderOf(FileStream file)
    {
        var buffer = new byte[32];
        var length = file.Read(buffer);
        var text = Encoding.ASCII.GetString(buffer, 0, length).Trim();
        return int.TryParse(text, out var pid) ? $"PID {pid}" : "a process that has not written its PID yet";
    }

    /// <summary>
    /// Creates and deletes a file beside the lock: the lock file itself may be writable in a directory that is not,
    /// where every state file's rename would fail.
    /// </summary>
    private static void ProveWritable(string directory)
    {
        var probe = System.IO.Path.Combine(directory, FileName + ".probe");
        try
        {
            File.Create(probe).Dispose();
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Unwritable(directory, e);
        }
    }

    /// <summary>The PID, for the message a second process prints. A full disk may refuse it: the lock holds all the same.</summary>
    private static void WritePid(FileStream file)
    {
        try
        {
            file.SetLength(0);
            file.Write(Encoding.ASCII.GetBytes($"{Environment.ProcessId}\n"));
        }
        catch (IOException)
        {
        }
    }

    private static StateDirectoryException Unwritable(string directory, Exception e) => e switch
    {
        UnauthorizedAccessException => new StateDirectoryException(StateDirectoryProblem.PermissionDenied, directory, e.Message),
        IOException { HResult: Erofs } => // .NET reports the errno as the HResult on Linux
            new StateDirectoryException(StateDirectoryProblem.ReadOnly, directory, e.Message),
        _ => new StateDirectoryException(StateDirectoryProblem.Unwritable, directory, e.Message),
    };

    private static StateDirectoryException Unwritable(string directory, int errno) => errno switch
    {
        Eacces or Eperm => new StateDirectoryException(StateDirectoryProblem.PermissionDenied, directory, Marshal.GetPInvokeErrorMessage(errno)),
        Erofs => new StateDirectoryException(StateDirectoryProblem.ReadOnly, directory, Marshal.GetPInvokeErrorMessage(errno)),
        _ => new StateDirectoryException(StateDirectoryProblem.Unwritable, directory, Marshal.GetPInvokeErrorMessage(errno)),
    };
}
