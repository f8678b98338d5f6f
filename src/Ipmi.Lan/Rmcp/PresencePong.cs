using System.Buffers.Binary;

namespace Ipmi.Lan.Rmcp;

/// <summary>
/// The data of an ASF Presence Pong, IPMI v2.0 §13.2.4, Table 13-4: IANA enterprise number (4542 when
/// no OEM extensions), OEM-defined data, supported entities (bit 7 = IPMI supported, bits 3:0 = ASF
/// version 1.0), supported interactions, six reserved bytes.
/// </summary>
public readonly record struct PresencePong(uint Iana, uint OemDefined, byte SupportedEntities, byte SupportedInteractions)
{
    public const int Size = 16;
    /// <summary>IPMI supported (bit 7) and ASF version 1.0 (01h).</summary>
    public const byte IpmiSupported = 0x81;

    public static PresencePong Ipmi => new(AsfMessage.AsfIana, 0, IpmiSupported, 0);

    public int Length => Size;

    public static bool TryParse(ReadOnlySpan<byte> source, out PresencePong pong)
    {
        pong = default;
        if (source.Length < Size)
            return false;
        pong = new PresencePong(
            BinaryPrimitives.ReadUInt32BigEndian(source),
            BinaryPrimitives.ReadUInt32BigEndian(source[4..]),
            source[8],
            source[9]);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt32BigEndian(destination, Iana);
        BinaryPrimitives.WriteUInt32BigEndian(destination[4..], OemDefined);
        destination[8] = SupportedEntities;
        destination[9] = SupportedInteractions;
        destination[10..Size].Clear();          // reserved
        return Size;
    }
}
