namespace Oem.Chips.Lm75;

/// <summary>LM75B / TMP75 pointer register values (NXP LM75B datasheet Table 5; TI TMP75 datasheet Table 7-2).</summary>
public enum Lm75Register : byte
{
    /// <summary>Read-only, 16 bits, two's complement, left-justified: 1/256 °C per LSB of the whole word.</summary>
    Temperature = 0x00,
    Configuration = 0x01,
    Hysteresis = 0x02,
    Overtemperature = 0x03,
}
