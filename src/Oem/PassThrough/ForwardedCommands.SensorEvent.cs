using Ipmi.Protocol;

namespace Oem.PassThrough;

public static partial class ForwardedCommands
{
    /// <summary>Sensor/event network function (0x04): event (§29), PEF (§30) and sensor device (§35) commands.</summary>
    public static IReadOnlyList<ForwardedCommand> SensorEvent { get; } =
    [
        new(NetFn.SensorEvent, 0x00, PrivilegeLevel.Administrator), // Set Event Receiver, §29.1
        new(NetFn.SensorEvent, 0x01, PrivilegeLevel.User),          // Get Event Receiver, §29.2
        new(NetFn.SensorEvent, 0x02, PrivilegeLevel.Operator),      // Platform Event Message, §29.3
        new(NetFn.SensorEvent, 0x10, PrivilegeLevel.User),          // Get PEF Capabilities, §30.1
        new(NetFn.SensorEvent, 0x11, PrivilegeLevel.Administrator), // Arm PEF Postpone Timer, §30.2
        new(NetFn.SensorEvent, 0x12, PrivilegeLevel.Administrator), // Set PEF Configuration Parameters, §30.3
        new(NetFn.SensorEvent, 0x13, PrivilegeLevel.Operator),      // Get PEF Configuration Parameters, §30.4
        new(NetFn.SensorEvent, 0x14, PrivilegeLevel.Administrator), // Set Last Processed Event ID, §30.5
        new(NetFn.SensorEvent, 0x15, PrivilegeLevel.Administrator), // Get Last Processed Event ID, §30.6
        new(NetFn.SensorEvent, 0x16, PrivilegeLevel.Administrator), // Alert Immediate, §30.7
        new(NetFn.SensorEvent, 0x20, PrivilegeLevel.User),          // Get Device SDR Info, §35.2
        new(NetFn.SensorEvent, 0x21, PrivilegeLevel.User),          // Get Device SDR, §35.3
        new(NetFn.SensorEvent, 0x22, PrivilegeLevel.User),          // Reserve Device SDR Repository, §35.4
        new(NetFn.SensorEvent, 0x23, PrivilegeLevel.User),          // Get Sensor Reading Factors, §35.5
        new(NetFn.SensorEvent, 0x24, PrivilegeLevel.Operator),      // Set Sensor Hysteresis, §35.6
        new(NetFn.SensorEvent, 0x25, PrivilegeLevel.User),          // Get Sensor Hysteresis, §35.7
        new(NetFn.SensorEvent, 0x26, PrivilegeLevel.Operator),      // Set Sensor Threshold, §35.8
        new(NetFn.SensorEvent, 0x27, PrivilegeLevel.User),          // Get Sensor Threshold, §35.9
        new(NetFn.SensorEvent, 0x28, PrivilegeLevel.Operator),      // Set Sensor Event Enable, §35.10
        new(NetFn.SensorEvent, 0x29, PrivilegeLevel.User),          // Get Sensor Event Enable, §35.11
        new(NetFn.SensorEvent, 0x2A, PrivilegeLevel.Operator),      // Re-arm Sensor Events, §35.12
        new(NetFn.SensorEvent, 0x2B, PrivilegeLevel.User),          // Get Sensor Event Status, §35.13
        new(NetFn.SensorEvent, 0x2D, PrivilegeLevel.User),          // Get Sensor Reading, §35.14 (never cached)
        new(NetFn.SensorEvent, 0x2E, PrivilegeLevel.Operator),      // Set Sensor Type, §35.15
        new(NetFn.SensorEvent, 0x2F, PrivilegeLevel.User),          // Get Sensor Type, §35.16
        new(NetFn.SensorEvent, 0x30, PrivilegeLevel.Operator),      // Set Sensor Reading and Event Status, §35.17
    ];
}
