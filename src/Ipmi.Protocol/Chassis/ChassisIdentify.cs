namespace Ipmi.Protocol.Chassis;

/// <summary>
/// Chassis Identify request, IPMI v2.0 §28.5, Table 28-5 (chassis netFn, command 0x04); the response is
/// the completion code alone. Both bytes are optional: without the interval the default is 15 seconds;
/// 0 turns identify off; force ([0] = 1) turns it on until told otherwise. ipmitool `chassis identify`
/// sends no data, `identify 30` one byte, `identify force` the two bytes 0x00 0x01.
/// </summary>
public readonly record struct ChassisIdentifyRequest(byte? IntervalSeconds = null, bool? ForceOn = null)
{
    public const byte Command = 0x04;
    public const byte DefaultIntervalSeconds = 15;

    public int Length =>
        ForceOn is not null ? 2 :           // interval, then [0] force identify on
        IntervalSeconds is null ? 0 : 1;    // identify interval in seconds

    /// <summary>The state this request asks for and, when temporary, for how long.</summary>
    public (IdentifyState State, TimeSpan Duration) Effect => ForceOn == true
        ? (IdentifyState.IndefiniteOn, Timeout.InfiniteTimeSpan)
        : (IntervalSeconds ?? DefaultIntervalSeconds) is var seconds && seconds == 0
            ? (IdentifyState.Off, TimeSpan.Zero)
            : (IdentifyState.TemporaryOn, TimeSpan.FromSeconds(seconds));

    public static bool TryParse(ReadOnlySpan<byte> data, out ChassisIdentifyRequest request)
    {
        request = new ChassisIdentifyRequest(
            data.Length > 0 ? data[0] : null,
            data.Length > 1 ? (data[1] & 0x01) != 0 : null);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        if (Length > 0)
            destination[0] = IntervalSeconds ?? 0; // the force byte needs an interval byte before it
        if (ForceOn is { } force)
            destination[1] = (byte)(force ? 1 : 0);
        return Length;
    }
}
