using Ipmi.Protocol;

namespace Oem.PassThrough;

public static partial class ForwardedCommands
{
    /// <summary>Chassis network function (0x00): all of IPMI v2.0 §28.</summary>
    public static IReadOnlyList<ForwardedCommand> Chassis { get; } =
    [
        new(NetFn.Chassis, 0x00, PrivilegeLevel.User),          // Get Chassis Capabilities, §28.1
        new(NetFn.Chassis, 0x01, PrivilegeLevel.User),          // Get Chassis Status, §28.2
        new(NetFn.Chassis, 0x02, PrivilegeLevel.Operator),      // Chassis Control, §28.3
        new(NetFn.Chassis, 0x03, PrivilegeLevel.Operator),      // Chassis Reset, §28.4
        new(NetFn.Chassis, 0x04, PrivilegeLevel.Operator),      // Chassis Identify, §28.5
        new(NetFn.Chassis, 0x05, PrivilegeLevel.Administrator), // Set Chassis Capabilities, §28.7
        new(NetFn.Chassis, 0x06, PrivilegeLevel.Operator),      // Set Power Restore Policy, §28.8
        new(NetFn.Chassis, 0x07, PrivilegeLevel.User),          // Get System Restart Cause, §28.11
        new(NetFn.Chassis, 0x08, PrivilegeLevel.Operator),      // Set System Boot Options, §28.12
        new(NetFn.Chassis, 0x09, PrivilegeLevel.Operator),      // Get System Boot Options, §28.13
        new(NetFn.Chassis, 0x0A, PrivilegeLevel.Administrator), // Set Front Panel Button Enables, §28.6
        new(NetFn.Chassis, 0x0B, PrivilegeLevel.Administrator), // Set Power Cycle Interval, §28.9
        new(NetFn.Chassis, 0x0F, PrivilegeLevel.User),          // Get POH Counter, §28.14
    ];
}
