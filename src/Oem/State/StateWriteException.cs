namespace Oem.State;

/// <summary>
/// A persisted change could not be made durable (disk full, read-only or unwritable state directory). Whoever
/// throws it has left the running state as it was before the change, so the request that asked for it can be
/// refused: <see cref="Handlers.CompletionCodeMapper"/> answers 0xC4 "out of space" when <see cref="OutOfSpace"/>,
/// else 0xFF.
/// </summary>
public sealed class StateWriteException(string path, Exception inner)
    : IOException($"cannot write state file '{path}': {inner.Message}", inner)
{
    private const int Enospc = 28, Edquot = 122;

    public string Path { get; } = path;

    /// <summary>The file system (or the user's quota) is full: ENOSPC or EDQUOT, which .NET reports as the HResult on Linux.</summary>
    public bool OutOfSpace => InnerException is IOException { HResult: Enospc or Edquot };
}
