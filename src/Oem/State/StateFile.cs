using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;

namespace Oem.State;

/// <summary>
/// One small JSON file in the state directory holding one concern's acknowledged state. <see cref="Save"/>
/// returns only once the content is durable (<see cref="AtomicFile"/>), so a handler that saves before it
/// answers never acknowledges a change a crash could lose. A missing or corrupt file loads as the defaults, with a
/// warning naming the file; start-up never fails on state.
/// </summary>
public sealed class StateFile<T>(string path, JsonTypeInfo<T> typeInfo, ILogger logger) where T : class
{
    private readonly Lock _lock = new();

    public string Path { get; } = path;

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
            StateLog.Corrupt(logger, Path, e.Message);
            return defaults();
        }
        try
        {
            if (JsonSerializer.Deserialize(content, typeInfo) is { } value)
                return value;
            StateLog.Corrupt(logger, Path, "the file holds null");
        }
        catch (JsonException e)
        {
            StateLog.Corrupt(logger, Path, e.Message);
        }
        return defaults();
    }

    public void Save(T value)
    {
        var content = JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);
        lock (_lock)
            AtomicFile.Write(Path, content);
    }
}
