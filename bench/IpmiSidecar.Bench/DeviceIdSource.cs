using Ipmi.Protocol;
using Ipmi.Protocol.App;
using Ipmi.Protocol.Commands;

namespace IpmiSidecar.Bench;

/// <summary>Get Device ID (IPMI v2.0 §20.1) answering fixed identity values, as the sidecar's App handler does, without the platform layer.</summary>
public sealed class DeviceIdSource : ICommandSource
{
    private readonly GetDeviceIdResponse _response = new()
    {
        DeviceId = 0x20,
        DeviceRevision = 1,
        DeviceAvailable = true,
        FirmwareMajor = 1,
        FirmwareMinor = 0,
        IpmiVersion = 0x02,
        ManufacturerId = 0x0FFFFE,
        ProductId = 0x5A17,
    };

    public IEnumerable<CommandRegistration> Commands =>
    [
        new(NetFn.App, GetDeviceId.Command, PrivilegeLevel.User,
            (_, _, response, _) => ValueTask.FromResult(CommandResult.Ok(_response.WriteTo(response.Span)))),
    ];
}
