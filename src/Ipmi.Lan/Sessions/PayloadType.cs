namespace Ipmi.Lan.Sessions;

/// <summary>RMCP+ payload types (bits 5:0 of the payload type byte), IPMI v2.0 §13.27.3, Table 13-16.</summary>
public enum PayloadType : byte
{
    /// <summary>An IPMI request or response message (§13.8): implemented.</summary>
    Ipmi = 0x00,
    /// <summary>Serial over LAN: not implemented (dropped).</summary>
    Sol = 0x01,
    /// <summary>OEM explicit: carries an IANA and payload ID in the header; not implemented (dropped).</summary>
    OemExplicit = 0x02,
    OpenSessionRequest = 0x10,
    OpenSessionResponse = 0x11,
    Rakp1 = 0x12,
    Rakp2 = 0x13,
    Rakp3 = 0x14,
    Rakp4 = 0x15,
}
