using System.Net;
using Ipmi.Protocol;
using Microsoft.Extensions.Logging;

namespace Ipmi.Lan;

/// <summary>
/// Every log message of the LAN layer, with fixed event IDs. Names, addresses and IDs may be logged;
/// passwords, keys and MACs never are.
/// </summary>
internal static partial class LanLog
{
    [LoggerMessage(1, LogLevel.Information, "Listening on {Address}:{Port}")]
    public static partial void Listening(this ILogger logger, IPAddress address, int port);

    [LoggerMessage(2, LogLevel.Information, "Stopped listening on {EndPoint}")]
    public static partial void Stopped(this ILogger logger, IPEndPoint endPoint);

    [LoggerMessage(3, LogLevel.Warning, "Receive failed on {EndPoint}")]
    public static partial void ReceiveFailed(this ILogger logger, IPEndPoint endPoint, Exception exception);

    [LoggerMessage(4, LogLevel.Debug, "Dropped datagram from {Remote}: {Reason}")]
    public static partial void Dropped(this ILogger logger, IPEndPoint remote, string reason);

    [LoggerMessage(5, LogLevel.Error, "Processing a datagram from {Remote} failed")]
    public static partial void ProcessingFailed(this ILogger logger, IPEndPoint remote, Exception exception);

    [LoggerMessage(10, LogLevel.Information, "Session 0x{SessionId:X8} opened for user {User} from {Remote} (cipher suite {Suite}, limit {Privilege})")]
    public static partial void SessionOpened(this ILogger logger, uint sessionId, string user, IPEndPoint remote, byte suite, PrivilegeLevel privilege);

    [LoggerMessage(11, LogLevel.Information, "Session 0x{SessionId:X8} closed")]
    public static partial void SessionClosed(this ILogger logger, uint sessionId);

    [LoggerMessage(12, LogLevel.Warning, "Login failed from {Remote}: {Reason} ({Suppressed} more from this address not logged in the last interval)")]
    public static partial void LoginFailed(this ILogger logger, IPEndPoint remote, string reason, int suppressed);

    [LoggerMessage(13, LogLevel.Warning, "Open Session from {Remote} refused: {Status}, {Reason} ({Suppressed} more from this address not logged in the last interval)")]
    public static partial void OpenSessionRefused(this ILogger logger, IPEndPoint remote, Rakp.RmcpPlusStatus status, string reason, int suppressed);

    [LoggerMessage(14, LogLevel.Warning, "Login from {Remote} delayed: {Reason} ({Suppressed} more from this address not logged in the last interval)")]
    public static partial void SessionSlotUnavailable(this ILogger logger, IPEndPoint remote, string reason, int suppressed);

    [LoggerMessage(20, LogLevel.Error, "Handler for {Command} failed; answered {Code}")]
    public static partial void HandlerFailed(this ILogger logger, string command, CompletionCode code, Exception exception);

    [LoggerMessage(21, LogLevel.Error, "Handler for {Command} returned {Length} data bytes for a {Capacity}-byte buffer")]
    public static partial void HandlerOverran(this ILogger logger, string command, int length, int capacity);

    [LoggerMessage(22, LogLevel.Debug, "Retried request {Command} in session 0x{SessionId:X8} answered from the retry cache")]
    public static partial void RetryAnswered(this ILogger logger, string command, uint sessionId);

    [LoggerMessage(23, LogLevel.Debug, "Retried request {Command} in session 0x{SessionId:X8} dropped: the first is still running and its response will answer it")]
    public static partial void RetryOfRunningRequest(this ILogger logger, string command, uint sessionId);

    [LoggerMessage(30, LogLevel.Information, "User {UserId} changed ({Change}) by user {ChangedBy}")]
    public static partial void UserChanged(this ILogger logger, byte userId, string change, byte changedBy);

    [LoggerMessage(16, LogLevel.Debug, "Dropped datagram from {Remote}: source not in Lan:AllowedSources")]
    public static partial void SourceNotAllowed(this ILogger logger, IPEndPoint remote);
}
