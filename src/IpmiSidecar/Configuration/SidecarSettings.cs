using System.Net;
using Oem.Handlers.Sel;

namespace IpmiSidecar.Configuration;

/// <summary>The validated settings the executable runs with.</summary>
public sealed record SidecarSettings
{
    public required IPAddress LanAddress { get; init; }
    public required int LanPort { get; init; }
    public required IReadOnlyList<byte> CipherSuites { get; init; }
    /// <summary>The BMC key K_G; null = each user's key, as most BMCs ship (§13.31).</summary>
    public byte[]? BmcKey { get; init; }
    public IReadOnlyList<string> AllowedSources { get; init; } = [];
    public TimeSpan SessionIdleTimeout { get; init; } = TimeSpan.FromSeconds(60);
    public int MaxSessions { get; init; } = 63;
    /// <summary>RAKP 2s a source may get without proving the password (burst), then one per <see cref="LoginRefill"/>; 0 = off.</summary>
    public int LoginBurst { get; init; } = 128;
    public TimeSpan LoginRefill { get; init; } = TimeSpan.FromSeconds(6);
    public int MaxHalfOpenPerSource { get; init; } = 64;
    /// <summary>Handshakes in progress across all sources; past it a newcomer displaces only the largest holder's.</summary>
    public int MaxHalfOpenSessions { get; init; } = 128;
    /// <summary>Master Write-Read targets (bus ID, 7-bit address); null = the profile's own chips.</summary>
    public IReadOnlyList<(int Bus, int Address)>? MasterWriteReadAllow { get; init; }
    public int SelCapacity { get; init; } = SelStore.DefaultCapacity;
    public SelFullPolicy SelWhenFull { get; init; } = SelFullPolicy.Stop;
    public required IReadOnlyList<UserSettings> Users { get; init; }
    /// <summary>True when no user is configured and the demo account stands in.</summary>
    public required bool UsingDemoAccount { get; init; }
    public required string StateDirectory { get; init; }
    public required string ProfilePath { get; init; }
}
