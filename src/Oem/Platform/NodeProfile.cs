namespace Oem.Platform;

/// <summary>
/// The managed system's transport. For <see cref="NodeKind.Ipmb"/> and <see cref="NodeKind.Ssif"/> the BMC's bus and
/// 7-bit address are required (IPMB: the BMC responder, usually 0x10 = 8-bit 0x20; SSIF: usually 0x10 as well).
/// </summary>
public sealed record NodeProfile
{
    public NodeKind Kind { get; set; } = NodeKind.Chips;

    public int? Bus { get; init; }

    public int? Address { get; init; }

    /// <summary>IPMB only: the sidecar's own 7-bit slave address the BMC answers to (0x41 = 8-bit 0x82 is customary).</summary>
    public int? OwnAddress { get; init; }
}
