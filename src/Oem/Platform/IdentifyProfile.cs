namespace Oem.Platform;

/// <summary>The chassis identify LED: a PCA9555 output pin, or a pair of vendor register actions.</summary>
public sealed record IdentifyProfile
{
    public required ChipKind Chip { get; init; }
    public required int Bus { get; init; }
    public required int Address { get; init; }
    public int? Pin { get; init; }
    /// <summary>The LED lights when the pin is driven low.</summary>
    public bool ActiveLow { get; init; }
    public RegisterAction? On { get; init; }
    public RegisterAction? Off { get; init; }
}
