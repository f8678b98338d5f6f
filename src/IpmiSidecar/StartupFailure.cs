using System.Net.Sockets;
using Ipmi.Lan;
using IpmiSidecar.Configuration;
using Oem.State;

namespace IpmiSidecar;

/// <summary>
/// The one place a failure to start becomes a message and an exit code (<see cref="ExitCodes"/>): one line on
/// standard error naming what failed, why, and the fix, with no stack trace for anything an operator can cause.
/// </summary>
internal static class StartupFailure
{
    /// <summary>Prints the message and returns the exit code.</summary>
    public static int Report((int Code, string Message) failure)
    {
        Console.Error.WriteLine($"ipmisidecar: {failure.Message}");
        return failure.Code;
    }

    /// <summary>A bus's device node cannot be opened.</summary>
    public static (int, string) DeviceNode(Exception e, SidecarSettings settings) => e is UnauthorizedAccessException
        ? (ExitCodes.NoPermission,
            $"platform profile error: {settings.ProfilePath}: $.buses: {e.Message.TrimEnd('.')} for user '{Environment.UserName}'; " +
            "add the user to the device's group (i2c for /dev/i2c-N: usermod -aG i2c USER; the systemd unit sets SupplementaryGroups=i2c)")
        : (ExitCodes.Configuration,
            $"platform profile error: {settings.ProfilePath}: $.buses: {e.Message.TrimEnd('.')}; expected an existing device node " +
            "(modprobe i2c-dev for /dev/i2c-N, modprobe ipmb-dev-int for /dev/ipmb-N; ls /dev/i2c-* /dev/ipmb-*)");

    /// <summary>users.json cannot be read (it is never replaced by defaults: that would revive old passwords) or written.</summary>
    public static (int, string) UserFile(Exception e) => e is InvalidDataException
        ? (ExitCodes.DataError, $"state error: {e.Message}")
        : (ExitCodes.CannotCreate, $"state directory error: {e.Message}; free space, or set State:Directory to writable storage");

    /// <summary>Anything else: a bug, reported with its stack trace.</summary>
    public static (int, string) Internal(Exception e) => (ExitCodes.Software, $"internal error, please report it with this message: {e}");

    /// <summary>The state directory is locked by another process or cannot be written.</summary>
    public static (int, string) StateDirectory(StateDirectoryException e) => e.Problem switch
    {
        StateDirectoryProblem.InUse => (ExitCodes.TemporaryFailure,
            $"state directory error: {e.Directory} is in use by another IpmiSidecar ({e.Detail}, which holds " +
            $"{Path.Combine(e.Directory, StateDirectoryLock.FileName)}); stop it, or give each instance its own State:Directory"),
        StateDirectoryProblem.PermissionDenied => (ExitCodes.NoPermission,
            $"state directory error: {e.Directory}: user '{Environment.UserName}' may not create files there ({e.Detail}); " +
            $"chown -R {Environment.UserName} {e.Directory} (the systemd unit's StateDirectory= does it), or set State:Directory to a directory it owns"),
        StateDirectoryProblem.ReadOnly => (ExitCodes.CannotCreate,
            $"state directory error: {e.Directory} is on a read-only file system; remount it read-write, or set State:Directory to writable storage " +
            "(the systemd unit's StateDirectory= is writable under ProtectSystem=strict)"),
        _ => (ExitCodes.CannotCreate,
            $"state directory error: {e.Directory}: cannot create files there ({e.Detail}); free space, or set State:Directory to writable storage"),
    };

    /// <summary>The LAN channel's address and port cannot be bound.</summary>
    public static (int, string) Bind(LanBindException e) => e.Error switch
    {
        SocketError.AddressAlreadyInUse => (ExitCodes.Unavailable,
            $"LAN error: UDP {e.Address}:{e.Port} is already in use by another process (ss -ulpn 'sport = :{e.Port}' names it); " +
            "stop it, or set Lan:Port (or Lan:Address) to a free one"),
        SocketError.AccessDenied => (ExitCodes.NoPermission,
            $"LAN error: user '{Environment.UserName}' may not bind UDP {e.Address}:{e.Port}; ports below 1024 need CAP_NET_BIND_SERVICE " +
            "(the systemd unit grants it: AmbientCapabilities=CAP_NET_BIND_SERVICE), or set Lan:Port to 1024 or above"),
        SocketError.AddressNotAvailable => (ExitCodes.Configuration,
            $"configuration error: Lan:Address: {e.Address} is not an address of this host; use one of its addresses, or 0.0.0.0 for all"),
        _ => (ExitCodes.Unavailable, $"LAN error: {e.Message}; check Lan:Address and Lan:Port"),
    };
}
