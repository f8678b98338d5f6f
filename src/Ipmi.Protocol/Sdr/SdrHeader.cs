using System.Buffers.Binary;

namespace Ipmi.Protocol.Sdr;

/// <summary>
/// The five-byte header of every SDR, IPMI v2.0 §43, Table 43-1 bytes 1-5: record ID (LS byte first),
/// SDR version (0x51 = IPMI v1.5/2.0), record type, and the number of bytes that follow.
/// </summary>
public readonly record struct SdrHeader(ushort RecordId, SdrRecordType Type, byte BodyLength, byte Version = SdrHeader.Version51)
{
    public const byte Version51 = 0x51;

    public const int Length =
        2 + // record ID, LS byte first
        1 + // SDR version, BCD (0x51)
        1 + // record type
        1;  // record length: bytes after the header

    /// <summary>Header plus body.</summary>
    public int RecordLength => Length + BodyLength;

    public static bool TryParse(ReadOnlySpan<byte> data, out SdrHeader header)
    {
        header = default;
        if (data.Length < Length)
            return false;
        header = new SdrHeader(BinaryPrimitives.ReadUInt16LittleEndian(data), (SdrRecordType)data[3], data[4], data[2]);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(destination, RecordId);
        destination[2] = Version;
        destination[3] = (byte)Type;
        destination[4] = BodyLength;
        return Length;
    }
}
