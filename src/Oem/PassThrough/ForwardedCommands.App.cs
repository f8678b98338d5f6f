using Ipmi.Protocol;

namespace Oem.PassThrough;

public static partial class ForwardedCommands
{
    /// <summary>App network function (0x06): IPMI v2.0 §20 (device), §21 (firmware firewall), §22 (BMC), §27 (watchdog).</summary>
    public static IReadOnlyList<ForwardedCommand> App { get; } =
    [
        new(NetFn.App, 0x01, PrivilegeLevel.User),          // Get Device ID, §20.1
        new(NetFn.App, 0x02, PrivilegeLevel.Administrator), // Cold Reset, §20.2
        new(NetFn.App, 0x03, PrivilegeLevel.Administrator), // Warm Reset, §20.3
        new(NetFn.App, 0x04, PrivilegeLevel.User),          // Get Self Test Results, §20.4
        new(NetFn.App, 0x05, PrivilegeLevel.Administrator), // Manufacturing Test On, §20.5
        new(NetFn.App, 0x06, PrivilegeLevel.Administrator), // Set ACPI Power State, §20.6
        new(NetFn.App, 0x07, PrivilegeLevel.User),          // Get ACPI Power State, §20.7
        new(NetFn.App, 0x08, PrivilegeLevel.User),          // Get Device GUID, §20.8
        new(NetFn.App, 0x09, PrivilegeLevel.User),          // Get NetFn Support, §21.2
        new(NetFn.App, 0x0A, PrivilegeLevel.User),          // Get Command Support, §21.3
        new(NetFn.App, 0x0B, PrivilegeLevel.User),          // Get Command Sub-function Support, §21.4
        new(NetFn.App, 0x0C, PrivilegeLevel.User),          // Get Configurable Commands, §21.5
        new(NetFn.App, 0x0D, PrivilegeLevel.User),          // Get Configurable Command Sub-functions, §21.6
        new(NetFn.App, 0x22, PrivilegeLevel.Operator),      // Reset Watchdog Timer, §27.5
        new(NetFn.App, 0x24, PrivilegeLevel.Operator),      // Set Watchdog Timer, §27.6
        new(NetFn.App, 0x25, PrivilegeLevel.User),          // Get Watchdog Timer, §27.7
        new(NetFn.App, 0x2F, PrivilegeLevel.User),          // Get BMC Global Enables, §22.2
        // Get System GUID, §22.14. Not offered before a session here (§13.14 allows it): forwarding it would let an
        // unauthenticated datagram cause I2C traffic to the BMC.
        new(NetFn.App, 0x37, PrivilegeLevel.User),
        // Master Write-Read, §22.11: Appendix G says Operator; raw I2C on the BMC's private buses is an
        // administrator's tool here, as for the sidecar's own Master Write-Read (src/Oem/Handlers/App).
        new(NetFn.App, 0x52, PrivilegeLevel.Administrator),
        new(NetFn.App, 0x57, PrivilegeLevel.User),          // Get System Interface Capabilities, §22.9
        new(NetFn.App, 0x58, PrivilegeLevel.Administrator), // Set System Info Parameters, §22.14a
        new(NetFn.App, 0x59, PrivilegeLevel.User),          // Get System Info Parameters, §22.14b
        new(NetFn.App, 0x60, PrivilegeLevel.Administrator), // Set Command Enables, §21.7
        new(NetFn.App, 0x61, PrivilegeLevel.User),          // Get Command Enables, §21.8
        new(NetFn.App, 0x62, PrivilegeLevel.Administrator), // Set Command Sub-function Enables, §21.9
        new(NetFn.App, 0x63, PrivilegeLevel.User),          // Get Command Sub-function Enables, §21.10
        new(NetFn.App, 0x64, PrivilegeLevel.User),          // Get OEM NetFn IANA Support, §21.11
    ];
}
