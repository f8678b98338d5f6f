using Ipmi.Protocol.Chassis;
using Ipmi.Protocol.SensorEvent;
using Ipmi.Protocol.Sensors;
using Oem.Handlers.Sel;
using Oem.Node;
using IpmiRestartCause = Ipmi.Protocol.Chassis.RestartCause;
using NodeRestartCause = Oem.Node.RestartCause;

namespace Oem.Handlers.Chassis;

/// <summary>
/// Runs a chassis control action (IPMI v2.0 §28.3) on the node's <see cref="IChassisPower"/> and records what
/// happened: the restart cause and channel for Get System Restart Cause (§28.11), a SEL entry (power unit 0x09
/// power down / power cycle, system restart 0x1D with the cause), and the restart that keeps the boot flags valid.
/// Shared by Chassis Control, the watchdog's expiry actions and the power restore policy at start-up.
/// </summary>
public sealed class ChassisActions(IChassisPower power, SelStore sel, BootOptions boot, TimeProvider time)
{
    private const byte PowerDownOffset = 0x00;   // power unit (0x09): power off / power down
    private const byte PowerCycleOffset = 0x01;  // power unit: power cycle
    private const byte SystemRestartOffset = 0x07; // system boot/restart initiated (0x1D): system restart, data 2 = cause, data 3 = channel
    private const byte HardResetOffset = 0x01;   // system boot/restart initiated: initiated by hard reset

    private readonly Lock _lock = new();
    private (IpmiRestartCause Cause, byte Channel, DateTimeOffset At, bool ByCommand)? _lastRestart;
    private (ChassisControlAction Action, Task Run)? _underWay;

    public IChassisPower Power => power;

    /// <summary>What caused the last restart: ours when it is the newest the node knows of, else the node's (the button).</summary>
    public (IpmiRestartCause Cause, byte Channel) LastRestart
    {
        get
        {
            lock (_lock)
            {
                if (_lastRestart is { } ours && (power.LastRestartAt is not { } nodeAt || nodeAt <= ours.At))
                    return (ours.Cause, ours.Channel);
            }
            return (Map(power.LastRestartCause), 0);
        }
    }

    /// <summary>Whether the last power-up was commanded through IPMI (Get Chassis Status byte 2 [4]).</summary>
    public bool LastPowerOnByIpmi
    {
        get
        {
            lock (_lock)
                return _lastRestart is { ByCommand: true } ours && (power.LastRestartAt is not { } nodeAt || nodeAt <= ours.At);
        }
    }

    /// <summary>
    /// Starts <paramref name="action"/> for Chassis Control in the background, unless the same action is still under
    /// way: then nothing starts and <paramref name="joined"/> is true. ipmipower retransmits every 400 ms with a new
    /// rqSeq, which no session layer can tell from a new request, and a power cycle is one off then one on (§28.3).
    /// </summary>
    public Task Start(ChassisControlAction action, IpmiRestartCause cause, byte channel, out bool joined)
    {
        lock (_lock)
        {
            joined = _underWay is { } current && current.Action == action && !current.Run.IsCompleted;
            if (!joined)
                _underWay = (action, Task.Run(() => RunAsync(action, cause, channel, CancellationToken.None)));
            return _underWay!.Value.Run;
        }
    }

    /// <summary>Runs <paramref name="action"/>; throws what the node throws (confirmation, bus, not supported).</summary>
    public async Task RunAsync(ChassisControlAction action, IpmiRestartCause cause, byte channel, CancellationToken cancellationToken)
    {
        switch (action)
        {
            case ChassisControlAction.PowerDown:
                await power.PowerOffAsync(force: true, cancellationToken).ConfigureAwait(false);
                Log(SensorType.PowerUnit, PowerDownOffset);
                break;
            case ChassisControlAction.PowerUp:
                await power.PowerOnAsync(NodeRestartCause.ChassisControl, cancellationToken).ConfigureAwait(false);
                Restarted(cause, channel, SystemRestartOffset);
                break;
            case ChassisControlAction.PowerCycle:
                await power.PowerCycleAsync(cancellationToken).ConfigureAwait(false);
                Log(SensorType.PowerUnit, PowerCycleOffset);
                Restarted(cause, channel, SystemRestartOffset);
                break;
            case ChassisControlAction.HardReset:
                await power.HardResetAsync(cancellationToken).ConfigureAwait(false);
                Restarted(cause, channel, HardResetOffset);
                break;
            case ChassisControlAction.PulseDiagnosticInterrupt:
                await power.DiagnosticInterruptAsync(cancellationToken).ConfigureAwait(false);
                break;
            case ChassisControlAction.SoftShutdown:
                await power.SoftOffAsync(cancellationToken).ConfigureAwait(false);
                break;
            default:
                throw new NotSupportedException($"Chassis control action {(byte)action} is reserved.");
        }
    }

    /// <summary>
    /// Powers the host on for the power restore policy (§28.8) and records it as a restart with <paramref name="cause"/>
    /// (06h always on, 07h previous; channel 0, no command), with its SEL entry.
    /// </summary>
    public async Task RestorePowerAsync(IpmiRestartCause cause, CancellationToken cancellationToken)
    {
        await power.PowerOnAsync(NodeRestartCause.PowerRestorePolicy, cancellationToken).ConfigureAwait(false);
        Restarted(cause, 0, SystemRestartOffset, byCommand: false);
    }

    private void Restarted(IpmiRestartCause cause, byte channel, byte offset, bool byCommand = true)
    {
        lock (_lock)
            _lastRestart = (cause, channel, time.GetUtcNow(), byCommand);
        boot.Restarted();
        var withCause = offset == SystemRestartOffset;
        sel.LogSystemEvent(new EventMessage(
            EventMessage.IpmiV2Revision, SensorType.SystemBootRestartInitiated, BmcSensorNumbers.ChassisPower, false,
            EventReadingType.SensorSpecific,
            withCause ? (byte)(0xF0 | offset) : offset, // [7:6] 11b OEM/sensor-specific data in byte 2, [5:4] in byte 3
            withCause ? (byte)cause : (byte)0xFF,
            withCause ? channel : (byte)0xFF));
    }

    private void Log(SensorType type, byte offset) =>
        sel.LogSystemEvent(new EventMessage(
            EventMessage.IpmiV2Revision, type, BmcSensorNumbers.ChassisPower, false, EventReadingType.SensorSpecific, offset));

    private static IpmiRestartCause Map(NodeRestartCause cause) => cause switch
    {
        NodeRestartCause.ChassisControl or NodeRestartCause.ResetByCommand => IpmiRestartCause.ChassisControlCommand,
        NodeRestartCause.PowerButton => IpmiRestartCause.PowerButton,
        NodeRestartCause.PowerRestorePolicy => IpmiRestartCause.AutomaticAlwaysOn,
        _ => IpmiRestartCause.Unknown,
    };
}
