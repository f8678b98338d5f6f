using Ipmi.Protocol;
using Ipmi.Protocol.Commands;
using Ipmi.Protocol.Dcmi;
using Oem.Handlers.Sel;
using Oem.Node;

namespace Oem.Handlers.Dcmi;

/// <summary>
/// The DCMI v1.5 commands (group extension 0x2C, defining body 0xDC; every request and response starts with 0xDC):
/// capabilities, power reading, power limit get/set/activate, asset tag and management controller identifier get/set,
/// sensor info and temperature readings. Other group
/// bodies (PICMG 0x00, VSO 0x03) stay unregistered, so the dispatcher answers their probes with 0xC1.
/// </summary>
public sealed partial class DcmiCommands(IManagedNode node, SelStore sel, PowerSampler power, PowerLimitStore limits, DcmiIdentityStore identity)
    : ICommandSource
{
    public IEnumerable<CommandRegistration> Commands =>
    [
        Register(DcmiCommand.GetCapabilities, PrivilegeLevel.User, GetCapabilities),
        Register(DcmiCommand.GetPowerReading, PrivilegeLevel.User, GetPowerReading),
        Register(DcmiCommand.GetPowerLimit, PrivilegeLevel.User, GetPowerLimit),
        Register(DcmiCommand.SetPowerLimit, PrivilegeLevel.Operator, SetPowerLimit),
        Register(DcmiCommand.ActivatePowerLimit, PrivilegeLevel.Operator, ActivatePowerLimit),
        Register(DcmiCommand.GetAssetTag, PrivilegeLevel.User, GetAssetTag),
        Register(DcmiCommand.SetAssetTag, PrivilegeLevel.Operator, SetAssetTag),
        Register(DcmiCommand.GetManagementControllerId, PrivilegeLevel.User, GetControllerIdentifier),
        Register(DcmiCommand.SetManagementControllerId, PrivilegeLevel.Administrator, SetControllerIdentifier),
        Register(DcmiCommand.GetSensorInfo, PrivilegeLevel.User, GetSensorInfo),
        Register(DcmiCommand.GetTemperatureReadings, PrivilegeLevel.User, GetTemperatureReadings),
    ];

    private static CommandRegistration Register(DcmiCommand command, PrivilegeLevel privilege, SyncCommandHandler handler) =>
        new(new CommandKey(NetFn.GroupExtension, (byte)command, DcmiGroup.Id), privilege, SyncHandler.Of(handler));

    /// <summary>A DCMI error still carries the group byte (DCMI v1.5 §6: every response starts with 0xDC).</summary>
    private static CommandResult Error(CompletionCode code, Span<byte> response) => new(code, new DcmiGroupResponse().WriteTo(response));
}
