namespace Oem.Chips.Emc2305;

/// <summary>
/// EMC2305 registers (Microchip EMC2301/2/3/5 datasheet DS20006532, Table 6-1). Fan n's block starts at
/// 0x30 + 0x10 × (n − 1); the members below are fan 1's, add <see cref="Emc2305Device.ChannelStride"/> per channel.
/// </summary>
public enum Emc2305Register : byte
{
    Configuration = 0x20,
    FanStatus = 0x24,
    Fan1Setting = 0x30,
    /// <summary>Bits 6:5 RANGE (minimum RPM 500/1000/2000/4000 → multiplier m = 1/2/4/8), bits 4:3 EDGES; power-on 0x2B.</summary>
    Fan1Configuration1 = 0x32,
    /// <summary>TACH count bits 12:5.</summary>
    Fan1TachReadingHigh = 0x3E,
    /// <summary>TACH count bits 4:0 in bits 7:3.</summary>
    Fan1TachReadingLow = 0x3F,
    ProductId = 0xFD,
    ManufacturerId = 0xFE,
    Revision = 0xFF,
}
