namespace Oem.Platform;

/// <summary>The physical entity a sensor or FRU belongs to: entity ID (IPMI v2.0 §43.14, Table 43-13) and instance 0-127.</summary>
public sealed record EntityProfile
{
    public required byte Id { get; init; }
    public byte Instance { get; set; } = 1;
}
