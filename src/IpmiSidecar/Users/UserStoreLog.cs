using Microsoft.Extensions.Logging;

namespace IpmiSidecar.Users;

/// <summary>Log messages of the persistent user store (event IDs 400-409). Passwords are never logged.</summary>
internal static partial class UserStoreLog
{
    [LoggerMessage(400, LogLevel.Warning, "Configured user {UserId} ({Configured}) is overridden by the state file's user '{Saved}', changed over IPMI")]
    public static partial void ConfiguredUserOverridden(this ILogger logger, byte userId, string configured, string saved);

    [LoggerMessage(401, LogLevel.Warning, "Configured user {UserId} ({Name}) is left out: a user changed over IPMI already has that name")]
    public static partial void ConfiguredUserNameTaken(this ILogger logger, byte userId, string name);

    [LoggerMessage(402, LogLevel.Warning, "{Path} was readable by group or others; its mode is now 0600")]
    public static partial void UserFileModeFixed(this ILogger logger, string path);
}
