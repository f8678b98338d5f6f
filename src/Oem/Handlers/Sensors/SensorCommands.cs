using Ipmi.Protocol;
using Ipmi.Protocol.Commands;
using Ipmi.Protocol.SensorEvent;
using Oem.Handlers.Sel;
using Oem.Node;

namespace Oem.Handlers.Sensors;

/// <summary>
/// The sensor device commands (IPMI v2.0 §35, sensor/event netFn) over the node's <see cref="ISensorSource"/>:
/// readings come from the cache (never a bus wait), thresholds and hysteresis go to the node through the persisted
/// <see cref="SensorSettingsStore"/>, and conversions are the SDR's.
/// Sensor numbers are index + 1. Also Platform Event Message (§29.3), which logs to the SEL.
/// </summary>
public sealed partial class SensorCommands(ISensorSource sensors, SensorSettingsStore settings, SdrRepository repository, SelStore sel) : ICommandSource
{
    /// <summary>Generator ID for events a LAN client sends: ipmitool's requester software ID 0x81 (remote console).</summary>
    private const ushort RemoteConsoleGenerator = 0x0081;

    public IEnumerable<CommandRegistration> Commands =>
    [
        new(NetFn.SensorEvent, GetSensorReadingRequest.Command, PrivilegeLevel.User, SyncHandler.Of(GetReading)),
        new(NetFn.SensorEvent, GetSensorReadingFactorsRequest.Command, PrivilegeLevel.User, SyncHandler.Of(GetReadingFactors)),
        new(NetFn.SensorEvent, GetSensorThresholdsRequest.Command, PrivilegeLevel.User, SyncHandler.Of(GetThresholds)),
        new(NetFn.SensorEvent, SetSensorThresholdsRequest.Command, PrivilegeLevel.Operator, SyncHandler.Of(SetThresholds)),
        new(NetFn.SensorEvent, GetSensorHysteresisRequest.Command, PrivilegeLevel.User, SyncHandler.Of(GetHysteresis)),
        new(NetFn.SensorEvent, SetSensorHysteresisRequest.Command, PrivilegeLevel.Operator, SyncHandler.Of(SetHysteresis)),
        new(NetFn.SensorEvent, SensorEventEnable.GetCommand, PrivilegeLevel.User, SyncHandler.Of(GetEventEnable)),
        new(NetFn.SensorEvent, SensorEventEnable.SetCommand, PrivilegeLevel.Operator, SyncHandler.Of(SetEventEnable)),
        new(NetFn.SensorEvent, RearmSensorEventsRequest.Command, PrivilegeLevel.Operator, SyncHandler.Of(Rearm)),
        new(NetFn.SensorEvent, PlatformEventMessageRequest.Command, PrivilegeLevel.Operator, SyncHandler.Of(PlatformEvent)),
    ];

    /// <summary>The sensor index a request's sensor number names, or -1 (then the answer is 0xCB).</summary>
    private int IndexOf(byte number) => BmcSensorNumbers.ToIndex(number, sensors.Sensors.Count);

    /// <summary>Platform Event Message, §29.3: the 7-byte LAN form or the 8-byte system-interface form, logged as a system event.</summary>
    private CommandResult PlatformEvent(CommandContext context, ReadOnlySpan<byte> request, Span<byte> response)
    {
        if (!PlatformEventMessageRequest.TryParse(request, out var message))
            return CompletionCode.RequestDataLengthInvalid;
        var generator = message.GeneratorId is { } software
            ? software
            : (ushort)(RemoteConsoleGenerator | context.Channel << 12);
        return sel.AddSystemEvent(message.Event, generator) is null ? CompletionCode.OutOfSpace : CommandResult.Ok(0);
    }
}
