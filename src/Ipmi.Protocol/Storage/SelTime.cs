using System.Buffers.Binary;

namespace Ipmi.Protocol.Storage;

/// <summary>
/// The SEL clock: the Get SEL Time response (IPMI v2.0 §31.10, storage 0x48, empty request) and the
/// Set SEL Time request (§31.11, storage 0x49): seconds since 1970 (§37), LS byte first.
/// </summary>
public readonly record struct SelTime(uint Timestamp)
{
    public const byte GetCommand = 0x48;
    public const byte SetCommand = 0x49;
    public const int Length = 4;

    public static bool TryParse(ReadOnlySpan<byte> data, out SelTime time)
    {
        time = default;
        if (data.Length < Length)
            return false;
        time = new SelTime(BinaryPrimitives.ReadUInt32LittleEndian(data));
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(destination, Timestamp);
        return Length;
    }
}
