namespace Ipmi.Lan.Rakp;

/// <summary>
/// One algorithm proposal inside Open Session, IPMI v2.0 §13.17, Table 13-9: payload type (0 = authentication,
/// 1 = integrity, 2 = confidentiality), two reserved bytes, payload length 08h, algorithm (bits 5:0),
/// three reserved bytes.
/// </summary>
public static class AlgorithmPayload
{
    public const byte Authentication = 0x00;
    public const byte Integrity = 0x01;
    public const byte Confidentiality = 0x02;
    public const int Size = 8;

    public static bool TryParse(ReadOnlySpan<byte> source, byte expectedType, out byte algorithm)
    {
        algorithm = 0;
        if (source.Length < Size || source[0] != expectedType || source[3] != Size)
            return false;
        algorithm = (byte)(source[4] & 0x3F);
        return true;
    }

    public static void Write(Span<byte> destination, byte type, byte algorithm)
    {
        destination[..Size].Clear();
        destination[0] = type;
        destination[3] = Size;                  // payload length
        destination[4] = algorithm;
    }
}
