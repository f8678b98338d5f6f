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
        Directory.CreateDirectory(Path);
        _loggers = loggers;
    }

    public string Path { get; }

    public StateFile<T> File<T>(string name, JsonTypeInfo<T> typeInfo) where T : class =>
        new(System.IO.Path.Combine(Path, name), typeInfo, _loggers.CreateLogger<StateDirectory>());
}
