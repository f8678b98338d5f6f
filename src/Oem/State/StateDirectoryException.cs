namespace Oem.State;

/// <summary>Why the state directory cannot be used (<see cref="StateDirectoryLock.Acquire"/>).</summary>
public enum StateDirectoryProblem
{
    /// <summary>Another process holds the directory's lock.</summary>
    InUse,

    /// <summary>The process' user may not create files in it (EACCES, EPERM).</summary>
    PermissionDenied,

    /// <summary>It is on a read-only file system (EROFS).</summary>
    ReadOnly,

    /// <summary>Creating a file in it failed for another reason (a full disk, an I/O error).</summary>
    Unwritable,
}

/// <summary>The state directory cannot be used; <see cref="Detail"/> is the holder (for <see cref="StateDirectoryProblem.InUse"/>) or the OS's reason.</summary>
public sealed class StateDirectoryException(StateDirectoryProblem problem, string directory, string detail)
    : IOException($"state directory '{directory}': {problem}: {detail}")
{
    public StateDirectoryProblem Problem { get; } = problem;

    public string Directory { get; } = directory;

    public string Detail { get; } = detail;
}
