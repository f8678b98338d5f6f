using Ipmi.Protocol;

namespace IpmiSidecar.Configuration;

/// <summary>One configured operator account. The password is kept as the raw RAKP key bytes and never logged.</summary>
public sealed record UserSettings(string Name, byte[] Password, PrivilegeLevel Privilege)
{
    /// <summary>IPMI v2.0 user names are at most 16 bytes (§13.20, RAKP 1).</summary>
    public const int MaxNameLength = 16;
    /// <summary>IPMI v2.0 passwords are at most 20 bytes (§13.31, K_UID).</summary>
    public const int MaxPasswordLength = 20;

    public override string ToString() => $"{Name} ({Privilege})";
}
