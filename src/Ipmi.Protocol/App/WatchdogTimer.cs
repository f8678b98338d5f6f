using System.Buffers.Binary;

namespace Ipmi.Protocol.App;

/// <summary>Watchdog timer use, IPMI v2.0 §27.6, Table 27-6 byte 1 bits 2:0 (also the expiration flag bit numbers).</summary>
public enum WatchdogTimerUse : byte
{
    Reserved = 0,
    BiosFrb2 = 1,
    BiosPost = 2,
    OsLoad = 3,
    SmsOs = 4,
    Oem = 5,
}

/// <summary>What happens when the watchdog expires, IPMI v2.0 §27.6, Table 27-6 byte 2 bits 2:0.</summary>
public enum WatchdogTimeoutAction : byte
{
    NoAction = 0,
    HardReset = 1,
    PowerDown = 2,
    PowerCycle = 3,
}

/// <summary>The pre-timeout interrupt, IPMI v2.0 §27.6, Table 27-6 byte 2 bits 6:4.</summary>
public enum WatchdogPreTimeoutInterrupt : byte
{
    None = 0,
    Smi = 1,
    Nmi = 2,
    MessagingInterrupt = 3,
}

/// <summary>The watchdog command codes (App netFn), IPMI v2.0 §27.5-27.7.</summary>
public static class WatchdogCommandCodes
{
    /// <summary>Reset Watchdog Timer (§27.5): empty request; 0x80 when the timer was never initialised.</summary>
    public const byte Reset = 0x22;
    public const byte Set = 0x24;
    public const byte Get = 0x25;
    /// <summary>Reset Watchdog Timer: "attempt to start un-initialized watchdog".</summary>
    public const byte NotInitialized = 0x80;
}

/// <summary>
/// The watchdog settings common to Set Watchdog Timer (IPMI v2.0 §27.6, Table 27-6) and Get Watchdog
/// Timer (§27.7, Table 27-7): timer use with the "don't log" bit, timeout action, pre-timeout interrupt
/// and interval (seconds), and the initial countdown in 100 ms units.
/// </summary>
public readonly record struct WatchdogSettings(
    WatchdogTimerUse Use,
    bool DontLog,
    WatchdogTimeoutAction Action,
    WatchdogPreTimeoutInterrupt PreTimeoutInterrupt,
    byte PreTimeoutSeconds,
    ushort InitialCountdown)
{
    public TimeSpan InitialInterval => TimeSpan.FromMilliseconds(InitialCountdown * 100.0);
}

/// <summary>
/// Set Watchdog Timer request, IPMI v2.0 §27.6, Table 27-6 (App netFn, command 0x24): timer use ([7]
/// don't log, [6] don't stop a running timer, [2:0] use), actions ([6:4] pre-timeout interrupt, [2:0]
/// timeout action), pre-timeout interval in seconds, the expiration flags to clear (bit n = timer use n),
/// and the initial countdown in 100 ms units, LS byte first. The response is the completion code alone.
/// </summary>
public readonly record struct SetWatchdogTimerRequest(WatchdogSettings Settings, bool DontStop, byte ClearExpirationFlags)
{
    public const int Length =
        1 + // timer use
        1 + // timer actions
        1 + // pre-timeout interval, seconds
        1 + // timer use expiration flags clear
        2;  // initial countdown, 100 ms units, LS byte first

    public static bool TryParse(ReadOnlySpan<byte> data, out SetWatchdogTimerRequest request)
    {
        request = default;
        if (data.Length < Length)
            return false;
        request = new SetWatchdogTimerRequest(
            new WatchdogSettings(
                (WatchdogTimerUse)(data[0] & 0x07), (data[0] & 0x80) != 0,
                (WatchdogTimeoutAction)(data[1] & 0x07), (WatchdogPreTimeoutInterrupt)((data[1] >> 4) & 0x07),
                data[2], BinaryPrimitives.ReadUInt16LittleEndian(data[4..])),
            DontStop: (data[0] & 0x40) != 0,
            ClearExpirationFlags: (byte)(data[3] & 0x3E));
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = (byte)((Settings.DontLog ? 0x80 : 0) | (DontStop ? 0x40 : 0) | (byte)Settings.Use & 0x07);
        destination[1] = (byte)(((byte)Settings.PreTimeoutInterrupt & 0x07) << 4 | (byte)Settings.Action & 0x07);
        destination[2] = Settings.PreTimeoutSeconds;
        destination[3] = ClearExpirationFlags;
        BinaryPrimitives.WriteUInt16LittleEndian(destination[4..], Settings.InitialCountdown);
        return Length;
    }
}

/// <summary>
/// Get Watchdog Timer response, IPMI v2.0 §27.7, Table 27-7 (App netFn, command 0x25; empty request):
/// timer use ([7] don't log, [6] running), actions, pre-timeout interval, expiration flags (bit n =
/// timer use n expired), initial countdown and present countdown (100 ms units, LS byte first).
/// </summary>
public readonly record struct GetWatchdogTimerResponse(WatchdogSettings Settings, bool Running, byte ExpirationFlags, ushort PresentCountdown)
{
    public const int Length =
        1 + // timer use
        1 + // timer actions
        1 + // pre-timeout interval
        1 + // timer use expiration flags
        2 + // initial countdown
        2;  // present countdown

    public static bool TryParse(ReadOnlySpan<byte> data, out GetWatchdogTimerResponse response)
    {
        response = default;
        if (data.Length < Length)
            return false;
        response = new GetWatchdogTimerResponse(
            new WatchdogSettings(
                (WatchdogTimerUse)(data[0] & 0x07), (data[0] & 0x80) != 0,
                (WatchdogTimeoutAction)(data[1] & 0x07), (WatchdogPreTimeoutInterrupt)((data[1] >> 4) & 0x07),
                data[2], BinaryPrimitives.ReadUInt16LittleEndian(data[4..])),
            Running: (data[0] & 0x40) != 0,
            ExpirationFlags: (byte)(data[3] & 0x3E),
            PresentCountdown: BinaryPrimitives.ReadUInt16LittleEndian(data[6..]));
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = (byte)((Settings.DontLog ? 0x80 : 0) | (Running ? 0x40 : 0) | (byte)Settings.Use & 0x07);
        destination[1] = (byte)(((byte)Settings.PreTimeoutInterrupt & 0x07) << 4 | (byte)Settings.Action & 0x07);
        destination[2] = Settings.PreTimeoutSeconds;
        destination[3] = ExpirationFlags;
        BinaryPrimitives.WriteUInt16LittleEndian(destination[4..], Settings.InitialCountdown);
        BinaryPrimitives.WriteUInt16LittleEndian(destination[6..], PresentCountdown);
        return Length;
    }
}
