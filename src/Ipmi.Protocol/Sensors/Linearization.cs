namespace Ipmi.Protocol.Sensors;

/// <summary>
/// The linearization function L[] of the conversion formula, IPMI v2.0 §36.3 and §43.1, Table 43-1
/// byte 24 (bits 6:0). All twelve named functions are implemented; for 0x70-0x7F ("non-linear",
/// factors change with the reading and come from Get Sensor Reading Factors, §35.5) L is the identity.
/// </summary>
public enum Linearization : byte
{
    Linear = 0x00,
    Ln = 0x01,
    Log10 = 0x02,
    Log2 = 0x03,
    E = 0x04,
    Exp10 = 0x05,
    Exp2 = 0x06,
    OneOverX = 0x07,
    Sqr = 0x08,
    Cube = 0x09,
    Sqrt = 0x0A,
    CubeRoot = 0x0B,
    /// <summary>Non-linear; 0x71-0x7F are non-linear OEM.</summary>
    NonLinear = 0x70,
}
