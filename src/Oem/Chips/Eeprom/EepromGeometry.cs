namespace Oem.Chips.Eeprom;

/// <summary>
/// The shape of a 24Cxx serial EEPROM: capacity, word-address bytes sent before data, and page size (a page write
/// wraps inside its page). Values from the Microchip 24AA02/24LC02B and 24AA32A/24LC32A datasheets.
/// </summary>
public sealed record EepromGeometry(int Size, int AddressBytes, int PageSize)
{
    /// <summary>24C02: 256 bytes, one address byte, 8-byte pages.</summary>
    public static readonly EepromGeometry Eeprom24c02 = new(256, 1, 8);

    /// <summary>24C32: 4096 bytes, two address bytes (high first), 32-byte pages.</summary>
    public static readonly EepromGeometry Eeprom24c32 = new(4096, 2, 32);
}
