using System.Net;
using Ipmi.Lan.Crypto;
using Ipmi.Lan.Users;
using Ipmi.Protocol;

namespace Ipmi.Lan.Sessions;

/// <summary>
/// One RMCP+ session (IPMI v2.0 §13.15-13.23 and §6.12): its IDs, negotiated algorithms, keys, privilege
/// levels, sequence numbers and retry cache. Everything that changes per packet is touched under
/// <see cref="Sync"/>; the session table owns its lifetime.
/// </summary>
public sealed class Session(uint id, uint remoteConsoleSessionId, CipherSuite suite, IPEndPoint remote, DateTimeOffset created)
{
    public Lock Sync { get; } = new();

    /// <summary>The managed system (our) session ID: random, non-zero, the table key (§13.17).</summary>
    public uint Id { get; } = id;

    /// <summary>The session handle reported by Get Session Info (§22.20), 1-63; given on activation (0 while half-open).</summary>
    public byte Handle { get; set; }

    /// <summary>The console's session ID, written into every packet we send in this session.</summary>
    public uint RemoteConsoleSessionId { get; } = remoteConsoleSessionId;

    public CipherSuite Suite { get; } = suite;
    public IPEndPoint Remote { get; } = remote;
    public DateTimeOffset Created { get; } = created;

    /// <summary>Creation order within the table (clocks may not tick between two Open Sessions).</summary>
    public long Serial { get; init; }

    public SessionState State { get; set; } = SessionState.AwaitingRakp1;

    /// <summary>The maximum privilege asked for in Open Session (Unspecified = highest available).</summary>
    public PrivilegeLevel RequestedMaximumPrivilege { get; init; }

    /// <summary>The session privilege limit: the request capped by the user's limit (RAKP 1).</summary>
    public PrivilegeLevel MaximumPrivilege { get; set; }

    /// <summary>The operating privilege: User (or the limit, if lower) until Set Session Privilege Level (§22.18).</summary>
    public PrivilegeLevel Privilege { get; set; }

    public UserAccount? User { get; set; }
    public RakpExchange? Exchange { get; set; }
    public IIntegrityAlgorithm? Integrity { get; set; }
    public IConfidentialityAlgorithm? Confidentiality { get; set; }

    public DateTimeOffset LastActivity { get; set; } = created;

    /// <summary>Inbound session sequence numbers (§6.12.13).</summary>
    public SequenceWindow Inbound;

    /// <summary>The last outbound session sequence number.</summary>
    public uint OutboundSequence { get; private set; }

    public RetryCache Retries { get; } = new();

    /// <summary>Set by Close Session for this very session: removed once its response is sent.</summary>
    public bool CloseRequested { get; set; }

    /// <summary>Set (under <see cref="Sync"/>) once the table has removed the session: nothing more may be sent in it.</summary>
    public bool Removed { get; set; }

    /// <summary>Set once RAKP 3 proved the password: the source's login token has been given back (SourceLoginBudget).</summary>
    public bool PasswordProven { get; set; }

    public bool IsHalfOpen => State != SessionState.Active;

    /// <summary>The next outbound sequence number, never zero.</summary>
    public uint NextOutboundSequence()
    {
        if (++OutboundSequence == 0)
            OutboundSequence = 1;
        return OutboundSequence;
    }
}
