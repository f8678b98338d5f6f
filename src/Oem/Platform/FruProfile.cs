namespace Oem.Platform;

/// <summary>The FRU EEPROM holding the IPMI FRU image (Platform Management FRU Information Storage Definition v1.0).</summary>
public sealed record FruProfile
{
    public required ChipKind Chip { get; init; }
    public required int Bus { get; init; }
    public required int Address { get; init; }

    /// <summary>Bytes exposed; the whole part (256 for a 24C02, 4096 for a 24C32) when absent.</summary>
    public int? Size { get; init; }
}
