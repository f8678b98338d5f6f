using Microsoft.Extensions.Logging;
using Oem.Chips.Register;
using Oem.Platform;

namespace Oem.Node.Power;

/// <summary>
/// Power through a vendor register map: each action is one register write; the optional state register (masked
/// non-zero = on) confirms. Without a state register the node trusts its own last command.
/// </summary>
public sealed class RegisterChassisPower(RegisterDevice device, PowerProfile profile, TimeProvider time, ILogger logger)
    : ChassisPowerBase(time, TimeSpan.FromMilliseconds(profile.ConfirmTimeoutMs), TimeSpan.FromMilliseconds(profile.CycleIntervalMs), logger)
{
    private volatile bool _assumedOn;

    public override bool SupportsHardReset => profile.Reset is not null;

    public override bool SupportsDiagnosticInterrupt => profile.Diagnostic is not null;

    protected override async ValueTask<bool> ReadPowerGoodAsync(CancellationToken cancellationToken)
    {
        if (profile.State is not { } state)
            return _assumedOn;
        var raw = await device.ReadRawAsync(state, cancellationToken).ConfigureAwait(false);
        return (raw & (profile.StateMask ?? uint.MaxValue)) != 0;
    }

    protected override async ValueTask RequestOnAsync(CancellationToken cancellationToken)
    {
        await device.WriteAsync(profile.On!, cancellationToken).ConfigureAwait(false);
        _assumedOn = true;
    }

    protected override async ValueTask RequestOffAsync(bool force, CancellationToken cancellationToken)
    {
        await device.WriteAsync(force || profile.SoftOff is null ? profile.Off! : profile.SoftOff, cancellationToken).ConfigureAwait(false);
        _assumedOn = false;
    }

    protected override ValueTask RequestSoftOffAsync(CancellationToken cancellationToken) =>
        device.WriteAsync(profile.SoftOff ?? profile.Off!, cancellationToken);

    protected override ValueTask RequestResetAsync(CancellationToken cancellationToken) => device.WriteAsync(profile.Reset!, cancellationToken);

    protected override ValueTask RequestDiagnosticAsync(CancellationToken cancellationToken) => device.WriteAsync(profile.Diagnostic!, cancellationToken);
}
