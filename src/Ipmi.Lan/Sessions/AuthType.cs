namespace Ipmi.Lan.Sessions;

/// <summary>The session header's authentication type / format byte, IPMI v2.0 §13.6, Table 13-8.</summary>
public enum AuthType : byte
{
    /// <summary>IPMI v1.5 framing without an authcode: implemented for pre-session commands only.</summary>
    None = 0x00,
    Md2 = 0x01,
    Md5 = 0x02,
    StraightPassword = 0x04,
    Oem = 0x05,
    /// <summary>Format = RMCP+ (IPMI v2.0 framing): implemented.</summary>
    RmcpPlus = 0x06,
}
