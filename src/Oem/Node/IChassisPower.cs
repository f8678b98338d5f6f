namespace Oem.Node;

/// <summary>
/// Chassis power control with confirmation: an action that does not reach the expected power-good state within the
/// profile's confirmation timeout throws <see cref="PowerConfirmationException"/>. Bus failures surface as
/// <see cref="I2cBridge.I2cException"/>; an action the board cannot do as <see cref="NotSupportedException"/>.
/// </summary>
public interface IChassisPower
{
    /// <summary>Reads the power state now (one bus transaction).</summary>
    ValueTask<ChassisPowerStatus> GetStatusAsync(CancellationToken cancellationToken = default);

    bool SupportsHardReset { get; }

    bool SupportsDiagnosticInterrupt { get; }

    /// <summary>What caused the last power-up (or reset) the node knows of.</summary>
    RestartCause LastRestartCause { get; }

    /// <summary>When the last power-up or reset happened, if known.</summary>
    DateTimeOffset? LastRestartAt { get; }

    /// <summary>
    /// The power state seen (read, or confirmed after an action) differs from the one seen before, the first one
    /// included: true = on. Raised on the thread that saw it.
    /// </summary>
    event EventHandler<bool>? PowerStateChanged;

    /// <summary>Powers on and waits for power-good; nothing happens when already on.</summary>
    ValueTask PowerOnAsync(RestartCause cause = RestartCause.ChassisControl, CancellationToken cancellationToken = default);

    /// <summary>Powers off and waits for power-good to drop. <paramref name="force"/>: hold the button (no OS shutdown); otherwise a press the OS may act on.</summary>
    ValueTask PowerOffAsync(bool force = true, CancellationToken cancellationToken = default);

    /// <summary>Forced off, the profile's cycle interval, then on. A system that is off is just powered on.</summary>
    ValueTask PowerCycleAsync(CancellationToken cancellationToken = default);

    /// <summary>Pulses the reset line.</summary>
    ValueTask HardResetAsync(CancellationToken cancellationToken = default);

    /// <summary>ACPI soft off: a short button press; the operating system decides, so nothing is confirmed.</summary>
    ValueTask SoftOffAsync(CancellationToken cancellationToken = default);

    /// <summary>Pulses the NMI / diagnostic interrupt line.</summary>
    ValueTask DiagnosticInterruptAsync(CancellationToken cancellationToken = default);
}
