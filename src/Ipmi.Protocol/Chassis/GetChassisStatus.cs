namespace Ipmi.Protocol.Chassis;

/// <summary>Current power state faults, IPMI v2.0 §28.2, Table 28-3 byte 1 bits 4:1.</summary>
[Flags]
public enum PowerFaults : byte
{
    None = 0,
    PowerOverload = 0x02,
    InterlockActive = 0x04,
    MainPowerFault = 0x08,
    PowerControlFault = 0x10,
}

/// <summary>Last power event, IPMI v2.0 §28.2, Table 28-3 byte 2.</summary>
[Flags]
public enum LastPowerEvents : byte
{
    None = 0,
    AcFailed = 0x01,
    PowerDownOverload = 0x02,
    PowerDownInterlock = 0x04,
    PowerDownFault = 0x08,
    /// <summary>The last power on was commanded through IPMI.</summary>
    PowerOnByIpmi = 0x10,
}

/// <summary>Miscellaneous chassis state, IPMI v2.0 §28.2, Table 28-3 byte 3 bits 3:0.</summary>
[Flags]
public enum ChassisStateFlags : byte
{
    None = 0,
    IntrusionActive = 0x01,
    FrontPanelLockout = 0x02,
    DriveFault = 0x04,
    CoolingFault = 0x08,
}

/// <summary>Chassis identify state, IPMI v2.0 §28.2, Table 28-3 byte 3 bits 5:4.</summary>
public enum IdentifyState : byte
{
    Off = 0,
    TemporaryOn = 1,
    IndefiniteOn = 2,
}

/// <summary>
/// Get Chassis Status response, IPMI v2.0 §28.2, Table 28-3 (chassis netFn, command 0x01; empty request):
/// current power state with the restore policy in bits 6:5, last power event, miscellaneous state with
/// the identify state in bits 5:4 (valid when bit 6, "identify supported", is set), and the optional
/// front panel button byte.
/// </summary>
public readonly record struct GetChassisStatusResponse(
    bool PowerOn,
    PowerRestorePolicy RestorePolicy,
    PowerFaults Faults = PowerFaults.None,
    LastPowerEvents LastEvent = LastPowerEvents.None,
    ChassisStateFlags State = ChassisStateFlags.None,
    bool IdentifySupported = false,
    IdentifyState Identify = IdentifyState.Off,
    byte? FrontPanel = null)
{
    public const byte Command = 0x01;

    public int Length =>
        1 +                             // current power state
        1 +                             // last power event
        1 +                             // misc chassis state
        (FrontPanel is null ? 0 : 1);   // front panel button capabilities and disable/enable status

    public static bool TryParse(ReadOnlySpan<byte> data, out GetChassisStatusResponse response)
    {
        response = default;
        if (data.Length < 3)
            return false;
        response = new GetChassisStatusResponse(
            PowerOn: (data[0] & 0x01) != 0,
            RestorePolicy: (PowerRestorePolicy)((data[0] >> 5) & 0x03),
            Faults: (PowerFaults)(data[0] & 0x1E),
            LastEvent: (LastPowerEvents)(data[1] & 0x1F),
            State: (ChassisStateFlags)(data[2] & 0x0F),
            IdentifySupported: (data[2] & 0x40) != 0,
            Identify: (IdentifyState)((data[2] >> 4) & 0x03),
            FrontPanel: data.Length > 3 ? data[3] : null);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = (byte)((PowerOn ? 1 : 0) | (byte)Faults & 0x1E | ((byte)RestorePolicy & 0x03) << 5);
        destination[1] = (byte)LastEvent;
        destination[2] = (byte)((byte)State & 0x0F | ((byte)Identify & 0x03) << 4 | (IdentifySupported ? 0x40 : 0));
        if (FrontPanel is { } frontPanel)
            destination[3] = frontPanel;
        return Length;
    }
}
