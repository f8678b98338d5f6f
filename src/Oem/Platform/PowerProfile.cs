namespace Oem.Platform;

/// <summary>
/// Chassis power control. With a <see cref="ChipKind.Pca9555"/>: pins pulse the power button (and optionally reset
/// and NMI) and read power-good. With <see cref="ChipKind.Register"/>: vendor register actions, and an optional
/// state register whose masked value is non-zero while the host is on.
/// </summary>
public sealed record PowerProfile
{
    public required ChipKind Chip { get; init; }
    public required int Bus { get; init; }
    public required int Address { get; init; }

    public int? ButtonPin { get; init; }
    public int? PowerGoodPin { get; init; }
    public int? ResetPin { get; init; }
    /// <summary>Pin wired to the host's NMI / diagnostic interrupt.</summary>
    public int? DiagnosticPin { get; init; }
    /// <summary>Button, reset and NMI outputs pull low to press (the usual open-drain wiring).</summary>
    public bool ActiveLow { get; set; } = true;
    public int PressMs { get; set; } = 200;
    public int ForceOffMs { get; set; } = 5000;

    /// <summary>How long an action may take to reach the expected power-good state before it fails.</summary>
    public int ConfirmTimeoutMs { get; set; } = 10_000;

    /// <summary>Power-off time inside a power cycle.</summary>
    public int CycleIntervalMs { get; set; } = 2000;

    public RegisterAction? On { get; init; }
    public RegisterAction? Off { get; init; }
    public RegisterAction? SoftOff { get; init; }
    public RegisterAction? Reset { get; init; }
    public RegisterAction? Diagnostic { get; init; }
    public RegisterReadProfile? State { get; init; }
    /// <summary>Bits of <see cref="State"/> that mean "on"; all when absent.</summary>
    public uint? StateMask { get; init; }
}
