using Ipmi.Protocol;
using Ipmi.Protocol.Dcmi;

namespace Oem.PassThrough;

public static partial class ForwardedCommands
{
    /// <summary>
    /// DCMI, group extension 0x2C with defining body 0xDC (DCMI v1.5 §6, Table 6-1 privileges): the request data keeps
    /// the 0xDC byte, as the BMC expects it.
    /// </summary>
    public static IReadOnlyList<ForwardedCommand> Dcmi { get; } =
    [
        Group(DcmiCommand.GetCapabilities, PrivilegeLevel.User),
        Group(DcmiCommand.GetPowerReading, PrivilegeLevel.User),
        Group(DcmiCommand.GetPowerLimit, PrivilegeLevel.User),
        Group(DcmiCommand.SetPowerLimit, PrivilegeLevel.Operator),
        Group(DcmiCommand.ActivatePowerLimit, PrivilegeLevel.Operator),
        Group(DcmiCommand.GetAssetTag, PrivilegeLevel.User),
        Group(DcmiCommand.GetSensorInfo, PrivilegeLevel.User),
        Group(DcmiCommand.SetAssetTag, PrivilegeLevel.Operator),
        Group(DcmiCommand.GetManagementControllerId, PrivilegeLevel.User),
        Group(DcmiCommand.SetManagementControllerId, PrivilegeLevel.Operator),
        Group(DcmiCommand.SetThermalLimit, PrivilegeLevel.Operator),
        Group(DcmiCommand.GetThermalLimit, PrivilegeLevel.User),
        Group(DcmiCommand.GetTemperatureReadings, PrivilegeLevel.User),
        Group(DcmiCommand.SetConfigurationParameters, PrivilegeLevel.Administrator),
        Group(DcmiCommand.GetConfigurationParameters, PrivilegeLevel.User),
    ];

    private static ForwardedCommand Group(DcmiCommand command, PrivilegeLevel privilege) =>
        new(NetFn.GroupExtension, (byte)command, privilege, DcmiGroup.Id);
}
