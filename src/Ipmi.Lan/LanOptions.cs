using Ipmi.Lan.Crypto;

namespace Ipmi.Lan;

/// <summary>Settings of the IPMI LAN channel (IPMI v2.0 §13): where it listens, what it offers, how sessions age.</summary>
public sealed class LanOptions
{
    public string Address { get; set; } = "127.0.0.1";

    /// <summary>UDP port; 0 picks an ephemeral port (logged and exposed by <see cref="UdpListener.Bound"/>).</summary>
    public int Port { get; set; } = 6230;

    /// <summary>
    /// Cipher suites offered (IPMI v2.0 §22.15.2). Unknown IDs are ignored; suite 0 is offered only when
    /// <see cref="AllowCipherSuiteZero"/> is set.
    /// </summary>
    public byte[] CipherSuites { get; set; } = [1, 2, 3, 15, 16, 17];

    /// <summary>Cipher suite 0 (no authentication, integrity or encryption). Off by default (DESIGN.md, security defaults).</summary>
    public bool AllowCipherSuiteZero { get; set; }

    /// <summary>Users with an empty name (anonymous login, §13.20). Off by default.</summary>
    public bool AllowAnonymousLogin { get; set; }

    /// <summary>Users with an empty password. Off by default.</summary>
    public bool AllowEmptyPassword { get; set; }

    public TimeSpan SessionIdleTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long a session may stay between Open Session and a successful RAKP 3.</summary>
    public TimeSpan HalfOpenTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Active sessions (at most 63, the width of Get Session Info's count fields, §22.20).</summary>
    public int MaxSessions { get; set; } = Sessions.SessionTable.MaxHandles;

    /// <summary>Sessions between Open Session and RAKP 3 (all sources), counted apart from <see cref="MaxSessions"/>; they hold no session handle.</summary>
    public int MaxHalfOpenSessions { get; set; } = 128;

    /// <summary>How long the last response of a session is kept to answer a retried request (same rqSeq) again.</summary>
    public TimeSpan RetryWindow { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The BMC key K_G (§13.31), at most 20 bytes; null = use the user's key, as most BMCs ship.</summary>
    public byte[]? BmcKey { get; set; }

    /// <summary>The managed system GUID sent in RAKP 2 and hashed into RAKP 4 (GUIDc); the platform profile supplies it.</summary>
    public Guid SystemGuid { get; set; }

    /// <summary>The LAN channel's number (§6.3).</summary>
    public byte ChannelNumber { get; set; } = 1;

    /// <summary>
    /// RAKP 2s one source address may be handed without proving the password (SourceLoginBudget): a burst of this
    /// many, then one per <see cref="LoginRefill"/>; a correct RAKP 3 returns its token. 0 turns the budget off.
    /// Reported as LAN parameter 26.
    /// </summary>
    public int LoginBurst { get; set; } = 128;

    /// <summary>Time to earn back one token of <see cref="LoginBurst"/>.</summary>
    public TimeSpan LoginRefill { get; set; } = TimeSpan.FromSeconds(6);

    /// <summary>
    /// Source networks allowed to talk to the channel, in CIDR form ("10.0.0.0/8", "192.0.2.7"); empty = any.
    /// Datagrams from elsewhere are dropped unanswered (and logged).
    /// </summary>
    public string[] AllowedSources { get; set; } = [];

    /// <summary>Half-open sessions one source address may hold; past it the source is refused (never another source evicted).</summary>
    public int MaxHalfOpenPerSource { get; set; } = 64;

    /// <summary>Concurrent receive loops on the socket.</summary>
    public int ReceiveLoops { get; set; } = 2;

    /// <summary>The suites actually offered, ascending: <see cref="CipherSuites"/> filtered to implemented ones, suite 0 per <see cref="AllowCipherSuiteZero"/>.</summary>
    public IReadOnlyList<CipherSuite> OfferedCipherSuites() =>
        CipherSuite.Supported
            .Where(s => s.Id == 0 ? AllowCipherSuiteZero : CipherSuites.Contains(s.Id))
            .ToArray();
}
