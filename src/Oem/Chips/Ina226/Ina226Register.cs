namespace Oem.Chips.Ina226;

/// <summary>INA226 registers, all 16 bits, most significant byte first (TI INA226 datasheet SBOS547, Table 7-2).</summary>
public enum Ina226Register : byte
{
    Configuration = 0x00,
    /// <summary>Signed, 2.5 µV per LSB.</summary>
    ShuntVoltage = 0x01,
    /// <summary>Unsigned, 1.25 mV per LSB.</summary>
    BusVoltage = 0x02,
    /// <summary>Unsigned, 25 × current LSB per LSB.</summary>
    Power = 0x03,
    /// <summary>Signed, current LSB per LSB.</summary>
    Current = 0x04,
    Calibration = 0x05,
    MaskEnable = 0x06,
    AlertLimit = 0x07,
    ManufacturerId = 0xFE,
    DieId = 0xFF,
}
