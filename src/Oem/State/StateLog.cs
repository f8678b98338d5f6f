using Microsoft.Extensions.Logging;

namespace Oem.State;

/// <summary>The state directory's log messages, with fixed event IDs (4200-4219).</summary>
internal static partial class StateLog
{
    [LoggerMessage(4201, LogLevel.Warning, "State file '{Path}' is unreadable ({Reason}); starting from defaults")]
    public static partial void Corrupt(ILogger logger, string path, string reason);

    [LoggerMessage(4202, LogLevel.Debug, "State file '{Path}' does not exist; starting from defaults")]
    public static partial void Missing(ILogger logger, string path);

    [LoggerMessage(4203, LogLevel.Information, "New state directory '{Path}'; every state file starts from defaults")]
    public static partial void NewDirectory(ILogger logger, string path);
}
