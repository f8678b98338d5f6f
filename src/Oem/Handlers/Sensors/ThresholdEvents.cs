using Ipmi.Protocol.Sensors;
using Oem.Platform;

namespace Oem.Handlers.Sensors;

/// <summary>
/// Threshold event offsets (IPMI v2.0 §42.1, Table 42-2, event/reading type 01h): for each threshold a "going low"
/// and a "going high" offset, lower non-critical first (0x00 LNC going low … 0x0B UNR going high). A lower threshold
/// asserts going low, an upper one going high.
/// </summary>
public static class ThresholdEvents
{
    /// <summary>The mask bit of a threshold (Get/Set Sensor Thresholds, Get Sensor Reading byte 4).</summary>
    public static Thresholds MaskOf(ThresholdLevel level) => level switch
    {
        ThresholdLevel.LowerNonCritical => Thresholds.LowerNonCritical,
        ThresholdLevel.LowerCritical => Thresholds.LowerCritical,
        ThresholdLevel.LowerNonRecoverable => Thresholds.LowerNonRecoverable,
        ThresholdLevel.UpperNonCritical => Thresholds.UpperNonCritical,
        ThresholdLevel.UpperCritical => Thresholds.UpperCritical,
        _ => Thresholds.UpperNonRecoverable,
    };

    /// <summary>The event offset a crossing of <paramref name="level"/> asserts (and, with the direction bit, deasserts).</summary>
    public static byte Offset(ThresholdLevel level)
    {
        var bit = System.Numerics.BitOperations.Log2((uint)MaskOf(level)); // 0 LNC … 5 UNR
        return (byte)(2 * bit + (level.IsUpper() ? 1 : 0));
    }

    /// <summary>The assertion (or deassertion) event bits, one per offset, for the thresholds present.</summary>
    public static ushort AssertionEvents(Thresholds present)
    {
        ushort events = 0;
        foreach (var level in Enum.GetValues<ThresholdLevel>())
        {
            if ((present & MaskOf(level)) != 0)
                events |= (ushort)(1 << Offset(level));
        }
        return events;
    }
}
