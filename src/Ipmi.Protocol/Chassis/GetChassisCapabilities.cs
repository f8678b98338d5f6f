namespace Ipmi.Protocol.Chassis;

/// <summary>Capability flags of Get Chassis Capabilities, IPMI v2.0 §28.1, Table 28-2 byte 1.</summary>
[Flags]
public enum ChassisCapabilityFlags : byte
{
    None = 0,
    IntrusionSensor = 0x01,
    FrontPanelLockout = 0x02,
    DiagnosticInterrupt = 0x04,
    PowerInterlock = 0x08,
}

/// <summary>
/// Get Chassis Capabilities response, IPMI v2.0 §28.1, Table 28-2 (chassis netFn, command 0x00; empty
/// request): the capability flags, then the 8-bit addresses of the FRU, SDR, SEL and system management
/// devices, and optionally of the bridge device.
/// </summary>
public readonly record struct GetChassisCapabilitiesResponse(
    ChassisCapabilityFlags Flags,
    byte FruDevice,
    byte SdrDevice,
    byte SelDevice,
    byte SystemManagementDevice,
    byte? BridgeDevice = null)
{
    public const byte Command = 0x00;

    public int Length =>
        1 +                                 // capabilities flags
        1 +                                 // chassis FRU info device address
        1 +                                 // chassis SDR device address
        1 +                                 // chassis SEL device address
        1 +                                 // chassis system management device address
        (BridgeDevice is null ? 0 : 1);     // chassis bridge device address (optional)

    public static bool TryParse(ReadOnlySpan<byte> data, out GetChassisCapabilitiesResponse response)
    {
        response = default;
        if (data.Length < 5)
            return false;
        response = new GetChassisCapabilitiesResponse(
            (ChassisCapabilityFlags)(data[0] & 0x0F), data[1], data[2], data[3], data[4], data.Length > 5 ? data[5] : null);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = (byte)Flags;
        destination[1] = FruDevice;
        destination[2] = SdrDevice;
        destination[3] = SelDevice;
        destination[4] = SystemManagementDevice;
        if (BridgeDevice is { } bridge)
            destination[5] = bridge;
        return Length;
    }
}
