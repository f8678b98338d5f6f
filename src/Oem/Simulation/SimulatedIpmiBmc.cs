using I2cBridge.Simulated;
using Ipmi.Protocol;
using Ipmi.Protocol.App;
using Ipmi.Protocol.Chassis;

namespace Oem.Simulation;

/// <summary>
/// A BMC that already speaks IPMI (DESIGN.md, way 3), for the pass-through demo and tests: the command set behind
/// I2cBridge's <see cref="SimulatedIpmbBmc"/> and <see cref="SimulatedSsifBmc"/>, with a little state of its own —
/// host power, a few Full sensor records whose readings follow it, a SEL and a FRU image. Its identity is its own
/// (not the profile's), so a client can tell it is talking to the BMC through the sidecar. Anything not answered here
/// goes to the base responder (Get System Interface Capabilities for SSIF, else 0xC1).
/// </summary>
public sealed partial class SimulatedIpmiBmc : SimulatedBmcResponder
{
    public const uint SimulatedManufacturerId = 0x000157; // 343, Intel: ipmitool prints it by name
    public const ushort SimulatedProductId = 0x0B0C;

    private readonly Lock _lock = new();

    public SimulatedIpmiBmc()
    {
        _sensors = DefaultSensors();
        _fru = DefaultFru();
        _sel = DefaultSel();
    }

    public static readonly Guid DefaultSystemGuid = new("0e3f6a2c-5b7d-4c1e-9a8f-2d4b6c8e0a1f");

    /// <summary>Host power, changed by Chassis Control.</summary>
    public bool PowerOn { get; private set; } = true;

    /// <summary>The most bytes one Get SDR or Read FRU Data returns; more is 0xCA (Get SDR) or a short read (FRU).</summary>
    public int MaxReadBytes { get; init; } = 0xFF;

    /// <summary>Requests seen per (NetFn, command), for tests that count bus traffic.</summary>
    public int CountOf(NetFn netFn, byte command)
    {
        lock (_lock)
            return _counts.GetValueOrDefault(((byte)netFn, command));
    }

    private readonly Dictionary<(byte, byte), int> _counts = [];

    public override int Respond(byte netFn, byte command, ReadOnlySpan<byte> request, Span<byte> response)
    {
        lock (_lock)
        {
            _counts[(netFn, command)] = _counts.GetValueOrDefault((netFn, command)) + 1;
            var n = Answer((NetFn)netFn, command, request, response[1..], out var code);
            if (n < 0)
                return base.Respond(netFn, command, request, response);
            response[0] = (byte)code;
            return 1 + (code == CompletionCode.Normal ? n : 0);
        }
    }

    /// <summary>Writes response data after the completion code; returns its length, or -1 for "not mine".</summary>
    private int Answer(NetFn netFn, byte command, ReadOnlySpan<byte> request, Span<byte> data, out CompletionCode code)
    {
        code = CompletionCode.Normal;
        return (netFn, command) switch
        {
            (NetFn.App, GetDeviceId.Command) => Identity.WriteTo(data),
            (NetFn.App, GetGuidResponse.SystemGuidCommand) => new GetGuidResponse(DefaultSystemGuid).WriteTo(data),
            (NetFn.Chassis, GetChassisStatusResponse.Command) => new GetChassisStatusResponse(PowerOn, PowerRestorePolicy.AlwaysOff).WriteTo(data),
            (NetFn.Chassis, ChassisControlRequest.Command) => ChassisControl(request, out code),
            (NetFn.SensorEvent, _) or (NetFn.Storage, _) => Storage(netFn, command, request, data, out code),
            _ => -1,
        };
    }

    private static GetDeviceIdResponse Identity => new()
    {
        DeviceId = 0x20,
        DeviceRevision = 3,
        DeviceAvailable = true,
        FirmwareMajor = 2,
        FirmwareMinor = 17,
        IpmiVersion = 0x02,
        Support = AdditionalDeviceSupport.SensorDevice | AdditionalDeviceSupport.SdrRepositoryDevice | AdditionalDeviceSupport.SelDevice
            | AdditionalDeviceSupport.FruInventoryDevice | AdditionalDeviceSupport.ChassisDevice,
        ManufacturerId = SimulatedManufacturerId,
        ProductId = SimulatedProductId,
    };

    /// <summary>Chassis Control, IPMI v2.0 §28.3: up, down, cycle and reset; soft shutdown powers off at once.</summary>
    private int ChassisControl(ReadOnlySpan<byte> request, out CompletionCode code)
    {
        code = CompletionCode.Normal;
        if (request.Length != ChassisControlRequest.Length || !ChassisControlRequest.TryParse(request, out var control))
        {
            code = CompletionCode.RequestDataLengthInvalid;
            return 0;
        }
        switch (control.Action)
        {
            case ChassisControlAction.PowerUp or ChassisControlAction.PowerCycle or ChassisControlAction.HardReset:
                PowerOn = true;
                break;
            case ChassisControlAction.PowerDown or ChassisControlAction.SoftShutdown:
                PowerOn = false;
                break;
            default:
                code = CompletionCode.InvalidDataField;
                break;
        }
        return 0;
    }
}
