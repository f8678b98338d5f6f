namespace Ipmi.Protocol;

/// <summary>Network function codes (request values, always even), IPMI v2.0 §5.1, Table 5-1.</summary>
public enum NetFn : byte
{
    Chassis = 0x00,
    Bridge = 0x02,
    SensorEvent = 0x04,
    App = 0x06,
    Firmware = 0x08,
    Storage = 0x0A,
    Transport = 0x0C,
    /// <summary>Group extension: the first data byte is the defining body (0xDC = DCMI, 0x00 = PICMG).</summary>
    GroupExtension = 0x2C,
    OemGroup = 0x2E,
}

public static class NetFnExtensions
{
    /// <summary>The response network function is the request's plus one (§5.1).</summary>
    public static byte ResponseCode(this NetFn netFn) => (byte)((byte)netFn | 1);
}
