using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;

namespace Oem.State;

/// <summary>
/// One small JSON file in the state directory holding one concern's acknowledged state. <see cref="Save"/>
/// returns only once the content is durable (<see cref="AtomicFile"/>), so a handler that saves before it
/// answers never acknowledges a change a crash could lose. A missing file loads as the defaults. A corrupt one
/// (unreadable, truncated, not JSON, the wrong JSON shape) is moved aside to <c>NAME.corrupt-YYYYMMDDTHHMMSSZ</c>, so
/// the next save cannot destroy what an operator may still recover from it, and loads as the defaults with one
/// warning naming both files and what was lost; start-up never fails on these files.
/// </summary>
/// <param name="contents">What the file holds, for the warning ("the System Event Log's entries").</param>
public sealed class StateFile<T>(string path, JsonTypeInfo<T> typeInfo, ILogger logger, TimeProvider? time = null, string? contents = null)
    where T : class
{
    private readonly Lock _lock = new();
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public string Path { get; } = path;

    /// <summary>What the file holds, as the corrupt-file warning says it.</summary>
    public string Contents { get; } = contents ?? $"the contents of {System.IO.Path.GetFileName(path)}";

    public T Load(Func<T> defaults)
    {
        byte[] content;
        try
        {
            content = File.ReadAllBytes(Path);
        }
        catch (FileNotFoundException)
        {
            StateLog.Missing(logger, Path);
            return defaults();
        }
        catch (DirectoryNotFoundException)
        {
            StateLog.Missing(logger, Path);
            return defaults();
        }
        catch (IOException e)
        {
            MoveAside(e.Message);
            return defaults();
        }
        try
        {
            if (JsonSerializer.Deserialize(content, typeInfo) is { } value)
                return value;
            MoveAside(content.Length == 0 ? "the file is empty" : "the file holds null");
        }
        catch (JsonException e)
        {
            MoveAside(e.Message);
        }
        return defaults();
    }

    private void MoveAside(string reason)
    {
        var aside = $"{Path}.corrupt-{_time.GetUtcNow():yyyyMMdd'T'HHmmss'Z'}";
        try
        {
            File.Move(Path, aside, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            StateLog.CorruptKept(logger, Path, reason, Contents, e.Message);
            return;
        }
        StateLog.Corrupt(logger, Path, reason, aside, Contents);
    }

    public void Save(T value)
    {
        var content = JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);
        lock (_lock)
            AtomicFile.Write(Path, content);
    }
}
