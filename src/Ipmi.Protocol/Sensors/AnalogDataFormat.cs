namespace Ipmi.Protocol.Sensors;

/// <summary>
/// How a raw analog reading byte is signed, IPMI v2.0 §43.1, Table 43-1, byte 21 ("Sensor Units 1") bits 7:6.
/// </summary>
public enum AnalogDataFormat : byte
{
    Unsigned = 0b00,
    OnesComplement = 0b01,
    TwosComplement = 0b10,
    /// <summary>The sensor returns no analog (numeric) reading.</summary>
    None = 0b11,
}
