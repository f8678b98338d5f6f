namespace Ipmi.Protocol.Sel;

/// <summary>
/// IPMI timestamps, IPMI v2.0 §37: seconds since 1970-01-01 00:00 UTC, LS byte first on the wire.
/// 0xFFFFFFFF is "unspecified"; 0x00000000-0x20000000 count seconds since the controller initialised
/// (its clock was not set).
/// </summary>
public static class IpmiTimestamp
{
    public const uint Unspecified = 0xFFFFFFFF;
    /// <summary>Values up to this one are relative to controller initialisation.</summary>
    public const uint InitializationMaximum = 0x20000000;

    public static bool IsAbsolute(uint timestamp) => timestamp is > InitializationMaximum and not Unspecified;

    public static DateTimeOffset ToDateTimeOffset(uint timestamp) => DateTimeOffset.FromUnixTimeSeconds(timestamp);

    /// <summary>Whole seconds since the epoch, clamped to the representable absolute range.</summary>
    public static uint FromDateTimeOffset(DateTimeOffset time) =>
        (uint)Math.Clamp(time.ToUnixTimeSeconds(), InitializationMaximum + 1L, Unspecified - 1L);
}
