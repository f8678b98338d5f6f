namespace Ipmi.Protocol.Sensors;

/// <summary>
/// Raw threshold bytes of one sensor. On the wire of Set/Get Sensor Thresholds (IPMI v2.0 §35.8,
/// §35.9) they run lower non-critical first; in the Full SDR (§43.1, Table 43-1 bytes 37-42)
/// upper non-recoverable first. Each type's codec picks the order.
/// </summary>
public readonly record struct ThresholdValues(
    byte LowerNonCritical,
    byte LowerCritical,
    byte LowerNonRecoverable,
    byte UpperNonCritical,
    byte UpperCritical,
    byte UpperNonRecoverable)
{
    public const int Length = 6;

    /// <summary>Reads six bytes in the command order: LNC, LC, LNR, UNC, UC, UNR.</summary>
    public static ThresholdValues ReadLowerFirst(ReadOnlySpan<byte> source) =>
        new(source[0], source[1], source[2], source[3], source[4], source[5]);

    /// <summary>Reads six bytes in the SDR order: UNR, UC, UNC, LNR, LC, LNC.</summary>
    public static ThresholdValues ReadUpperFirst(ReadOnlySpan<byte> source) =>
        new(source[5], source[4], source[3], source[2], source[1], source[0]);

    public void WriteLowerFirst(Span<byte> destination)
    {
        destination[0] = LowerNonCritical;
        destination[1] = LowerCritical;
        destination[2] = LowerNonRecoverable;
        destination[3] = UpperNonCritical;
        destination[4] = UpperCritical;
        destination[5] = UpperNonRecoverable;
    }

    public void WriteUpperFirst(Span<byte> destination)
    {
        destination[0] = UpperNonRecoverable;
        destination[1] = UpperCritical;
        destination[2] = UpperNonCritical;
        destination[3] = LowerNonRecoverable;
        destination[4] = LowerCritical;
        destination[5] = LowerNonCritical;
    }
}
