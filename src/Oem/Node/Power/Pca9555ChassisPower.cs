using Microsoft.Extensions.Logging;
using Oem.Chips.Pca9555;
using Oem.Platform;

namespace Oem.Node.Power;

/// <summary>
/// Power through a PCA9555 wired to the front-panel signals: a press of pressMs toggles the host (on, or an ACPI
/// shutdown request), a hold of forceOffMs forces it off, the reset and NMI lines are pulsed for pressMs, and the
/// power-good input confirms. The button is released even when the caller cancels mid-press.
/// </summary>
public sealed class Pca9555ChassisPower(Pca9555Device gpio, PowerProfile profile, TimeProvider time, ILogger logger)
    : ChassisPowerBase(time, TimeSpan.FromMilliseconds(profile.ConfirmTimeoutMs), TimeSpan.FromMilliseconds(profile.CycleIntervalMs), logger)
{
    private readonly TimeSpan _press = TimeSpan.FromMilliseconds(profile.PressMs);
    private readonly TimeSpan _hold = TimeSpan.FromMilliseconds(profile.ForceOffMs);

    public override bool SupportsHardReset => profile.ResetPin is not null;

    public override bool SupportsDiagnosticInterrupt => profile.DiagnosticPin is not null;

    protected override ValueTask<bool> ReadPowerGoodAsync(CancellationToken cancellationToken) =>
        gpio.ReadPinAsync(profile.PowerGoodPin!.Value, cancellationToken);

    protected override ValueTask RequestOnAsync(CancellationToken cancellationToken) => PulseAsync(profile.ButtonPin!.Value, _press, cancellationToken);

    protected override ValueTask RequestOffAsync(bool force, CancellationToken cancellationToken) =>
        PulseAsync(profile.ButtonPin!.Value, force ? _hold : _press, cancellationToken);

    protected override ValueTask RequestSoftOffAsync(CancellationToken cancellationToken) => PulseAsync(profile.ButtonPin!.Value, _press, cancellationToken);

    protected override ValueTask RequestResetAsync(CancellationToken cancellationToken) => PulseAsync(profile.ResetPin!.Value, _press, cancellationToken);

    protected override ValueTask RequestDiagnosticAsync(CancellationToken cancellationToken) => PulseAsync(profile.DiagnosticPin!.Value, _press, cancellationToken);

    private async ValueTask PulseAsync(int pin, TimeSpan duration, CancellationToken cancellationToken)
    {
        var pressed = !profile.ActiveLow;
        await gpio.WritePinAsync(pin, pressed, cancellationToken).ConfigureAwait(false);
        try
        {
            await Task.Delay(duration, Time, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await gpio.WritePinAsync(pin, !pressed, CancellationToken.None).ConfigureAwait(false);
        }
    }
}
