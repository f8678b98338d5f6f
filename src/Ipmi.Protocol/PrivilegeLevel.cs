namespace Ipmi.Protocol;

/// <summary>Privilege levels, IPMI v2.0 §6.8 and Table 22-28 (Set Session Privilege Level).</summary>
public enum PrivilegeLevel : byte
{
    /// <summary>In requests: "highest level matching the proposed algorithms" / "no change".</summary>
    Unspecified = 0x0,
    Callback = 0x1,
    User = 0x2,
    Operator = 0x3,
    Administrator = 0x4,
    Oem = 0x5,
    /// <summary>User Access: no access to the channel (§22.26).</summary>
    NoAccess = 0xF,
}
