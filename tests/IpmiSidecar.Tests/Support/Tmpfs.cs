namespace IpmiSidecar.Tests.Support;

/// <summary>
/// A small tmpfs mounted for one test (root only): a file system that is read-only, or that fills up after a few
/// kilobytes. Unmounted, and its directory removed, on dispose.
/// </summary>
public sealed class Tmpfs : IAsyncDisposable
{
    private Tmpfs(string path) => Path = path;

    public string Path { get; }

    public static bool CanMount => Environment.UserName == "root" && File.Exists("/bin/mount");

    /// <param name="options">mount -o options, e.g. "size=64k" or "ro".</param>
    public static async Task<Tmpfs> MountAsync(string options)
    {
        var path = Directory.CreateTempSubdirectory("ipmisidecar-tmpfs-").FullName;
        var result = await Tool.RunAsync("mount", ["-t", "tmpfs", "-o", options, "tmpfs", path], TimeSpan.FromSeconds(10));
        if (result.ExitCode != 0)
        {
            Directory.Delete(path);
            throw new InvalidOperationException($"mount failed: {result}");
        }
        return new Tmpfs(path);
    }

    /// <summary>Fills the file system with one file (written until ENOSPC) and returns its path.</summary>
    public string Fill()
    {
        var filler = System.IO.Path.Combine(Path, "filler");
        var block = new byte[4096];
        using var stream = new FileStream(filler, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0);
        try
        {
            for (var written = 0; written < 16_384; written++)
                stream.Write(block);
        }
        catch (IOException)
        {
            // full
        }
        return filler;
    }

    public async ValueTask DisposeAsync()
    {
        await Tool.RunAsync("umount", ["-l", Path], TimeSpan.FromSeconds(10));
        Directory.Delete(Path, recursive: true);
    }
}
