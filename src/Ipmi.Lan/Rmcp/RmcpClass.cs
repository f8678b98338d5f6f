namespace Ipmi.Lan.Rmcp;

/// <summary>RMCP message classes, IPMI v2.0 §13.1.3, Table 13-1 (bits 4:0 of byte 4).</summary>
public enum RmcpClass : byte
{
    /// <summary>ASF (presence ping / pong), implemented.</summary>
    Asf = 0x06,
    /// <summary>IPMI sessions (v1.5 and v2.0 framing), implemented.</summary>
    Ipmi = 0x07,
    /// <summary>OEM-defined, not implemented (dropped).</summary>
    Oem = 0x08,
}
