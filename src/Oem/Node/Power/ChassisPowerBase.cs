using Microsoft.Extensions.Logging;

namespace Oem.Node.Power;

/// <summary>
/// The sequencing every power backend shares: skip what is already done, confirm the resulting power-good state
/// by polling until the profile's timeout, keep the restart cause, and notice power-ups nobody commanded (the
/// physical button). Backends supply the primitives: read power-good, request on/off/soft-off/reset/NMI.
/// </summary>
public abstract class ChassisPowerBase(TimeProvider time, TimeSpan confirmTimeout, TimeSpan cycleInterval, ILogger logger) : IChassisPower
{
    /// <summary>Power-good polling interval while confirming.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    private readonly SemaphoreSlim _serial = new(1, 1);
    private volatile bool _fault;
    private bool? _lastSeenOn;
    private bool _commandedOn;

    protected TimeProvider Time => time;

    public abstract bool SupportsHardReset { get; }

    public abstract bool SupportsDiagnosticInterrupt { get; }

    public RestartCause LastRestartCause { get; private set; }

    public DateTimeOffset? LastRestartAt { get; private set; }

    public event EventHandler<bool>? PowerStateChanged;

    public async ValueTask<ChassisPowerStatus> GetStatusAsync(CancellationToken cancellationToken = default)
    {
        var on = await ReadPowerGoodAsync(cancellationToken).ConfigureAwait(false);
        Observe(on);
        return new ChassisPowerStatus(on, _fault, LastRestartCause);
    }

    public ValueTask PowerOnAsync(RestartCause cause = RestartCause.ChassisControl, CancellationToken cancellationToken = default) =>
        Serialized(async ct =>
        {
            if (await ReadPowerGoodAsync(ct).ConfigureAwait(false))
                return;
            NodeLog.PowerAction(logger, "on", cause);
            await CommandedOnAsync("on", ct).ConfigureAwait(false);
            Restarted(cause);
        }, cancellationToken);

    public ValueTask PowerOffAsync(bool force = true, CancellationToken cancellationToken = default) =>
        Serialized(ct => OffAsync(force, ct), cancellationToken);

    public ValueTask PowerCycleAsync(CancellationToken cancellationToken = default) =>
        Serialized(async ct =>
        {
            if (await ReadPowerGoodAsync(ct).ConfigureAwait(false))
            {
                await OffAsync(force: true, ct).ConfigureAwait(false);
                await Task.Delay(cycleInterval, time, ct).ConfigureAwait(false);
            }
            NodeLog.PowerAction(logger, "cycle", RestartCause.ChassisControl);
            await CommandedOnAsync("cycle", ct).ConfigureAwait(false);
            Restarted(RestartCause.ChassisControl);
        }, cancellationToken);

    public ValueTask HardResetAsync(CancellationToken cancellationToken = default)
    {
        if (!SupportsHardReset)
            throw new NotSupportedException("The platform profile has no reset line.");
        return Serialized(async ct =>
        {
            NodeLog.PowerAction(logger, "reset", RestartCause.ResetByCommand);
            await RequestResetAsync(ct).ConfigureAwait(false);
            Restarted(RestartCause.ResetByCommand);
        }, cancellationToken);
    }

    public ValueTask SoftOffAsync(CancellationToken cancellationToken = default) =>
        Serialized(async ct =>
        {
            if (!await ReadPowerGoodAsync(ct).ConfigureAwait(false))
                return;
            NodeLog.PowerAction(logger, "soft-off", RestartCause.ChassisControl);
            await RequestSoftOffAsync(ct).ConfigureAwait(false);
        }, cancellationToken);

    public ValueTask DiagnosticInterruptAsync(CancellationToken cancellationToken = default)
    {
        if (!SupportsDiagnosticInterrupt)
            throw new NotSupportedException("The platform profile has no diagnostic interrupt line.");
        return Serialized(ct => RequestDiagnosticAsync(ct).AsTask(), cancellationToken);
    }

    protected abstract ValueTask<bool> ReadPowerGoodAsync(CancellationToken cancellationToken);

    protected abstract ValueTask RequestOnAsync(CancellationToken cancellationToken);

    /// <param name="force">Hard off (no OS involvement) rather than a request the OS may honour.</param>
    protected abstract ValueTask RequestOffAsync(bool force, CancellationToken cancellationToken);

    protected abstract ValueTask RequestSoftOffAsync(CancellationToken cancellationToken);

    protected abstract ValueTask RequestResetAsync(CancellationToken cancellationToken);

    protected abstract ValueTask RequestDiagnosticAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Requests power-on and confirms it, marking the power-up as commanded meanwhile; a request that fails clears
    /// the mark, so a later press of the physical button is still seen as the restart cause.
    /// </summary>
    private async Task CommandedOnAsync(string action, CancellationToken cancellationToken)
    {
        _commandedOn = true;
        try
        {
            await RequestOnAsync(cancellationToken).ConfigureAwait(false);
            await ConfirmAsync(true, action, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            _commandedOn = false;
            throw;
        }
    }

    private async Task OffAsync(bool force, CancellationToken cancellationToken)
    {
        if (!await ReadPowerGoodAsync(cancellationToken).ConfigureAwait(false))
            return;
        NodeLog.PowerAction(logger, force ? "off (forced)" : "off", RestartCause.ChassisControl);
        await RequestOffAsync(force, cancellationToken).ConfigureAwait(false);
        await ConfirmAsync(false, "off", cancellationToken).ConfigureAwait(false);
    }

    private async Task ConfirmAsync(bool expectedOn, string action, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        while (await ReadPowerGoodAsync(cancellationToken).ConfigureAwait(false) != expectedOn)
        {
            if (time.GetElapsedTime(started) >= confirmTimeout)
            {
                _fault = true;
                var error = new PowerConfirmationException(expectedOn, confirmTimeout);
                NodeLog.PowerNotConfirmed(logger, action, error.Message);
                throw error;
            }
            await Task.Delay(PollInterval, time, cancellationToken).ConfigureAwait(false);
        }
        _fault = false;
        Seen(expectedOn);
    }

    private void Restarted(RestartCause cause)
    {
        LastRestartCause = cause;
        LastRestartAt = time.GetUtcNow();
        _commandedOn = false;
    }

    /// <summary>An off→on transition the node did not command is someone at the power button.</summary>
    private void Observe(bool on)
    {
        if (on && _lastSeenOn == false && !_commandedOn)
        {
            NodeLog.PowerOnObserved(logger);
            Restarted(RestartCause.PowerButton);
        }
        Seen(on);
    }

    private void Seen(bool on)
    {
        var changed = _lastSeenOn != on;
        _lastSeenOn = on;
        if (changed)
            PowerStateChanged?.Invoke(this, on);
    }

    private async ValueTask Serialized(Func<CancellationToken, Task> action, CancellationToken cancellationToken)
    {
        await _serial.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await action(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _serial.Release();
        }
    }
}
