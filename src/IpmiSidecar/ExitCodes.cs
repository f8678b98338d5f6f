namespace IpmiSidecar;

/// <summary>
/// The process' exit codes, from sysexits.h so that service managers and scripts can tell the causes apart
/// (README, "Exit codes"). 0 is a clean stop (SIGTERM, SIGINT).
/// </summary>
internal static class ExitCodes
{
    /// <summary>EX_DATAERR: a state file that must not be replaced by defaults (users.json) is unreadable.</summary>
    public const int DataError = 65;

    /// <summary>EX_UNAVAILABLE: the UDP address and port are in use by another process.</summary>
    public const int Unavailable = 69;

    /// <summary>EX_SOFTWARE: an internal error (a bug; the message carries the stack trace to report).</summary>
    public const int Software = 70;

    /// <summary>EX_CANTCREAT: the state directory is read-only or no file can be created in it.</summary>
    public const int CannotCreate = 73;

    /// <summary>EX_TEMPFAIL: another process holds the state directory's lock.</summary>
    public const int TemporaryFailure = 75;

    /// <summary>EX_NOPERM: the process' user may not write the state directory, open a device node or bind the port.</summary>
    public const int NoPermission = 77;

    /// <summary>EX_CONFIG: the configuration or the platform profile is wrong, or names a device node that does not exist.</summary>
    public const int Configuration = 78;
}
