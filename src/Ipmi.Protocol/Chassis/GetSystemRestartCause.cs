namespace Ipmi.Protocol.Chassis;

/// <summary>System restart causes, IPMI v2.0 §28.11, Table 28-11 byte 1 bits 3:0.</summary>
public enum RestartCause : byte
{
    Unknown = 0x0,
    ChassisControlCommand = 0x1,
    ResetButton = 0x2,
    PowerButton = 0x3,
    WatchdogExpiration = 0x4,
    Oem = 0x5,
    AutomaticAlwaysOn = 0x6,
    AutomaticPrevious = 0x7,
    ResetViaPef = 0x8,
    PowerCycleViaPef = 0x9,
    SoftReset = 0xA,
    PowerUpViaRtc = 0xB,
}

/// <summary>
/// Get System Restart Cause response, IPMI v2.0 §28.11, Table 28-11 (chassis netFn, command 0x07;
/// empty request): the cause and the channel the restarting command came from.
/// </summary>
public readonly record struct GetSystemRestartCauseResponse(RestartCause Cause, byte Channel)
{
    public const byte Command = 0x07;

    public const int Length =
        1 + // [3:0] restart cause
        1;  // channel number

    public static bool TryParse(ReadOnlySpan<byte> data, out GetSystemRestartCauseResponse response)
    {
        response = default;
        if (data.Length < Length)
            return false;
        response = new GetSystemRestartCauseResponse((RestartCause)(data[0] & 0x0F), data[1]);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = (byte)Cause;
        destination[1] = Channel;
        return Length;
    }
}
