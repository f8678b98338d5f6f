using Ipmi.Protocol;
using Ipmi.Protocol.Commands;
using Ipmi.Protocol.Dcmi;
using Oem.Platform;

namespace Oem.Handlers.Dcmi;

public sealed partial class DcmiCommands
{
    private const byte PowerManagement = 0x01;      // parameter 1 byte 2 [0]
    private const byte GuidSupport = 0x04;          // parameter 2 identification [2]
    private const byte AssetTagSupport = 0x01;      // parameter 2 identification [0] (no [1]: the host OS owns DHCP)
    private const byte LanChannel = 1;
    private const byte NoChannel = 0xFF;

    /// <summary>
    /// Get DCMI Capabilities Info, DCMI v1.5 §6.1.1, parameters 1-5 as ipmitool `dcmi discover` reads them: power
    /// management, SEL size, GUID and asset tag identification and the temperatures monitored, the BMC as power management device, LAN channel 1, and
    /// no rolling average periods (enhanced power statistics are not offered). Other parameters are 0xCC.
    /// </summary>
    private CommandResult GetCapabilities(CommandContext context, ReadOnlySpan<byte> request, Span<byte> response)
    {
        if (request.Length != GetDcmiCapabilitiesRequest.Length || !GetDcmiCapabilitiesRequest.TryParse(request, out var get))
            return Error(CompletionCode.RequestDataLengthInvalid, response);
        byte[] data;
        switch (get.Parameter)
        {
            case DcmiCapabilityParameter.SupportedCapabilities:
                data = [0x00, power.HasPowerSensor ? PowerManagement : (byte)0, 0x00];
                break;
            case DcmiCapabilityParameter.MandatoryPlatformAttributes:
                data = new byte[DcmiMandatoryPlatformAttributes.Length];
                var period = (byte)Math.Clamp(node.Sensors?.RefreshPeriod.TotalSeconds ?? 1, 1, 255);
                new DcmiMandatoryPlatformAttributes((ushort)(sel.Capacity & 0x0FFF), GuidSupport | AssetTagSupport, TemperatureMonitoring(), period).WriteTo(data);
                break;
            case DcmiCapabilityParameter.OptionalPlatformAttributes:
                data = [Ipmi.Protocol.Sdr.SensorOwner.Bmc, 0x00];
                break;
            case DcmiCapabilityParameter.ManageabilityAccessAttributes:
                data = [LanChannel, NoChannel, NoChannel];
                break;
            case DcmiCapabilityParameter.EnhancedPowerStatisticsAttributes:
                data = [0x00];
                break;
            default:
                return Error(CompletionCode.InvalidDataField, response);
        }
        return CommandResult.Ok(new GetDcmiCapabilitiesResponse(data).WriteTo(response));
    }

    /// <summary>[0] inlet, [1] processors, [2] baseboard: which DCMI temperature entities have a sensor.</summary>
    private byte TemperatureMonitoring()
    {
        var bits = 0;
        foreach (var sensor in node.Sensors?.Sensors ?? [])
        {
            if (sensor.Kind == SensorKind.Temperature && DcmiEntities.Of(sensor.EntityId) is { } entity)
                bits |= 1 << (entity - Ipmi.Protocol.Sdr.EntityId.DcmiInlet);
        }
        return (byte)bits;
    }
}
