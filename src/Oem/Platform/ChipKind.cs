using System.Text.Json.Serialization;

namespace Oem.Platform;

/// <summary>The parts a profile can place on a bus; each has a driver under Chips/ and a twin under Simulation/.</summary>
[JsonConverter(typeof(ChipKindNames))]
public enum ChipKind
{
    /// <summary>NXP LM75B temperature sensor, 11-bit.</summary>
    Lm75,
    /// <summary>TI TMP75 temperature sensor, 9-bit at power-on.</summary>
    Tmp75,
    /// <summary>TI INA226 current/power monitor.</summary>
    Ina226,
    /// <summary>A PMBus power supply (PMBus 1.3 Part II).</summary>
    Pmbus,
    /// <summary>Microchip EMC2305 five-channel fan controller.</summary>
    Emc2305,
    /// <summary>NXP PCA9555 16-bit GPIO expander.</summary>
    Pca9555,
    /// <summary>24C02 EEPROM: 256 bytes, one address byte.</summary>
    Eeprom24c02,
    /// <summary>24C32 EEPROM: 4096 bytes, two address bytes.</summary>
    Eeprom24c32,
    /// <summary>A vendor register map: generic register reads and register-write actions.</summary>
    Register,
}

public sealed class ChipKindNames() : NamedEnumConverter<ChipKind>(
    ("lm75", ChipKind.Lm75), ("tmp75", ChipKind.Tmp75), ("ina226", ChipKind.Ina226), ("pmbus", ChipKind.Pmbus),
    ("emc2305", ChipKind.Emc2305), ("pca9555", ChipKind.Pca9555), ("24c02", ChipKind.Eeprom24c02),
    ("24c32", ChipKind.Eeprom24c32), ("register", ChipKind.Register))
{
    public static readonly ChipKindNames Instance = new();
}
