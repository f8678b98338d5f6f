using I2cBridge;
using Ipmi.Protocol.Chassis;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Oem.Node;
using RestartCause = Ipmi.Protocol.Chassis.RestartCause;

namespace Oem.Handlers.Chassis;

/// <summary>
/// Applies the power restore policy (IPMI v2.0 §28.8) once at start-up, in the background so the port answers
/// meanwhile. The sidecar cannot see AC itself, so a host found off when it starts counts as a board that lost power
/// (the simulated board always starts unpowered): always-on powers the host on (restart cause 06h, §28.11),
/// previous powers it on when the last power state the sidecar saw or commanded was on (07h), always-off leaves it
/// off. A host found on is left alone. <see cref="ChassisActions.RestorePowerAsync"/> logs the system restart.
/// </summary>
public sealed class PowerRestore(ChassisActions actions, ChassisPolicy policy, LastPowerState last, ILogger<PowerRestore> logger)
    : BackgroundService
{
    /// <summary>The restart cause the policy powers an unpowered host on with, or null to leave it off.</summary>
    public static RestartCause? CauseFor(PowerRestorePolicy policy, bool? lastPowerOn) => policy switch
    {
        PowerRestorePolicy.AlwaysOn => RestartCause.AutomaticAlwaysOn,
        PowerRestorePolicy.Previous when lastPowerOn == true => RestartCause.AutomaticPrevious,
        _ => null,
    };

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            if ((await actions.Power.GetStatusAsync(stoppingToken).ConfigureAwait(false)).PowerOn)
                return;
            var restorePolicy = policy.RestorePolicy;
            var lastState = last.AtStart switch { true => "on", false => "off", null => "unknown" };
            if (CauseFor(restorePolicy, last.AtStart) is not { } cause)
            {
                HandlerLog.LeavingPowerOff(logger, restorePolicy.ToString(), lastState);
                return;
            }
            HandlerLog.RestoringPower(logger, restorePolicy.ToString(), lastState);
            await actions.RestorePowerAsync(cause, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is I2cException or PowerConfirmationException)
        {
            HandlerLog.PowerRestoreFailed(logger, e.Message);
        }
    }
}
