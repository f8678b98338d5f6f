using Microsoft.Extensions.Logging;

namespace Oem.State;

/// <summary>The state directory's log messages, with fixed event IDs (4200-4219).</summary>
internal static partial class StateLog
{
    [LoggerMessage(4201, LogLevel.Warning, "State file '{Path}' is unreadable ({Reason}); moved aside to '{Aside}'; lost: {Contents}; starting from defaults")]
    public static partial void Corrupt(ILogger logger, string path, string reason, string aside, string contents);

    [LoggerMessage(4204, LogLevel.Warning, "State file '{Path}' is unreadable ({Reason}) and could not be moved aside ({Detail}); lost: {Contents}; starting from defaults")]
    public static partial void CorruptKept(ILogger logger, string path, string reason, string contents, string detail);

    [LoggerMessage(4202, LogLevel.Debug, "State file '{Path}' does not exist; starting from defaults")]
    public static partial void Missing(ILogger logger, string path);

    [LoggerMessage(4203, LogLevel.Information, "New state directory '{Path}'; every state file starts from defaults")]
    public static partial void NewDirectory(ILogger logger, string path);
}
