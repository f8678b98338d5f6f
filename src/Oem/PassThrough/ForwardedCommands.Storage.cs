using Ipmi.Protocol;

namespace Oem.PassThrough;

public static partial class ForwardedCommands
{
    /// <summary>
    /// Storage network function (0x0A): FRU (§34), SDR repository (§33) and SEL (§31). Get SDR Repository Info,
    /// Reserve SDR Repository and Get SDR are answered from the <see cref="SdrCache"/> once it is filled.
    /// </summary>
    public static IReadOnlyList<ForwardedCommand> Storage { get; } =
    [
        new(NetFn.Storage, 0x10, PrivilegeLevel.User),          // Get FRU Inventory Area Info, §34.1
        new(NetFn.Storage, 0x11, PrivilegeLevel.User),          // Read FRU Data, §34.2
        new(NetFn.Storage, 0x12, PrivilegeLevel.Operator),      // Write FRU Data, §34.3
        new(NetFn.Storage, 0x20, PrivilegeLevel.User),          // Get SDR Repository Info, §33.9
        new(NetFn.Storage, 0x21, PrivilegeLevel.User),          // Get SDR Repository Allocation Info, §33.10
        new(NetFn.Storage, 0x22, PrivilegeLevel.User),          // Reserve SDR Repository, §33.11
        new(NetFn.Storage, 0x23, PrivilegeLevel.User),          // Get SDR, §33.12
        new(NetFn.Storage, 0x24, PrivilegeLevel.Operator) { ChangesSdrRepository = true }, // Add SDR, §33.13
        new(NetFn.Storage, 0x25, PrivilegeLevel.Operator) { ChangesSdrRepository = true }, // Partial Add SDR, §33.14
        new(NetFn.Storage, 0x26, PrivilegeLevel.Operator) { ChangesSdrRepository = true }, // Delete SDR, §33.15
        new(NetFn.Storage, 0x27, PrivilegeLevel.Operator) { ChangesSdrRepository = true }, // Clear SDR Repository, §33.16
        new(NetFn.Storage, 0x28, PrivilegeLevel.User),          // Get SDR Repository Time, §33.17
        new(NetFn.Storage, 0x29, PrivilegeLevel.Operator),      // Set SDR Repository Time, §33.18
        new(NetFn.Storage, 0x2A, PrivilegeLevel.Operator),      // Enter SDR Repository Update Mode, §33.19
        new(NetFn.Storage, 0x2B, PrivilegeLevel.Operator) { ChangesSdrRepository = true }, // Exit SDR Repository Update Mode, §33.20
        new(NetFn.Storage, 0x2C, PrivilegeLevel.Operator) { ChangesSdrRepository = true }, // Run Initialization Agent, §33.21
        new(NetFn.Storage, 0x40, PrivilegeLevel.User),          // Get SEL Info, §31.2
        new(NetFn.Storage, 0x41, PrivilegeLevel.User),          // Get SEL Allocation Info, §31.3
        new(NetFn.Storage, 0x42, PrivilegeLevel.User),          // Reserve SEL, §31.4
        new(NetFn.Storage, 0x43, PrivilegeLevel.User),          // Get SEL Entry, §31.5
        new(NetFn.Storage, 0x44, PrivilegeLevel.Operator),      // Add SEL Entry, §31.6
        new(NetFn.Storage, 0x45, PrivilegeLevel.Operator),      // Partial Add SEL Entry, §31.7
        new(NetFn.Storage, 0x46, PrivilegeLevel.Operator),      // Delete SEL Entry, §31.8
        new(NetFn.Storage, 0x47, PrivilegeLevel.Operator),      // Clear SEL, §31.9
        new(NetFn.Storage, 0x48, PrivilegeLevel.User),          // Get SEL Time, §31.10
        new(NetFn.Storage, 0x49, PrivilegeLevel.Operator),      // Set SEL Time, §31.11
        new(NetFn.Storage, 0x5A, PrivilegeLevel.User),          // Get Auxiliary Log Status, §31.12
        new(NetFn.Storage, 0x5B, PrivilegeLevel.Administrator), // Set Auxiliary Log Status, §31.13
        new(NetFn.Storage, 0x5C, PrivilegeLevel.User),          // Get SEL Time UTC Offset, §31.11a
        new(NetFn.Storage, 0x5D, PrivilegeLevel.Operator),      // Set SEL Time UTC Offset, §31.11b
    ];
}
