using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;

namespace Oem.State;

/// <summary>The directory where acknowledged changes persist, one small file per concern (DESIGN.md, Reliability).</summary>
public sealed class StateDirectory
{
    private readonly ILoggerFactory _loggers;

    public StateDirectory(string path, ILoggerFactory loggers)
    {
        Path = System.IO.Path.GetFullPath(path);
        var isNew = !Directory.Exists(Path)
            || Directory.EnumerateFileSystemEntries(Path).All(entry => System.IO.Path.GetFileName(entry) == StateDirectoryLock.FileName);
        Directory.CreateDirectory(Path);
        _loggers = loggers;
        if (isNew)
            StateLog.NewDirectory(loggers.CreateLogger<StateDirectory>(), Path);
    }

    public string Path { get; }

    /// <param name="contents">What the file holds, named in the warning if it is found corrupt ("the System Event Log's entries").</param>
    public StateFile<T> File<T>(string name, JsonTypeInfo<T> typeInfo, string? contents = null) where T : class =>
        new(System.IO.Path.Combine(Path, name), typeInfo, _loggers.CreateLogger<StateDirectory>(), TimeProvider.System, contents);
}
