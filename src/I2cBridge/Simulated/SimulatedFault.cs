namespace I2cBridge.Simulated;

/// <summary>One injected fault; a plain record so faults can come from configuration as well as tests.</summary>
public sealed record SimulatedFault
{
    public SimulatedFaultKind Kind { get; init; }

    /// <summary>7-bit address the fault applies to; null for any target.</summary>
    public int? Address { get; init; }

    /// <summary>For <see cref="SimulatedFaultKind.NackAfterBytes"/>: data bytes ACKed before the NACK.</summary>
    public int AfterBytes { get; init; }

    /// <summary>For <see cref="SimulatedFaultKind.CorruptByte"/>: index of the read byte to corrupt.</summary>
    public int ByteIndex { get; init; }

    /// <summary>For <see cref="SimulatedFaultKind.CorruptByte"/>: bits flipped.</summary>
    public byte XorMask { get; init; } = 0xFF;

    /// <summary>True: fires on every matching transfer until cleared. False: fires once.</summary>
    public bool Persistent { get; init; }
}
