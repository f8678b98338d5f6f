using System.Buffers.Binary;

namespace Ipmi.Protocol.Storage;

/// <summary>
/// The SEL time UTC offset, IPMI v2.0 §31.11a-b (storage netFn, Get 0x5C with an empty request, Set 0x5D):
/// signed minutes from UTC (-1440..1440), LS byte first; 0x07FF means unspecified.
/// </summary>
public readonly record struct SelTimeUtcOffset(short Minutes)
{
    public const byte GetCommand = 0x5C;
    public const byte SetCommand = 0x5D;
    public const short Unspecified = 0x07FF;
    public const int Length = 2;

    public bool IsValid => Minutes == Unspecified || Minutes is >= -1440 and <= 1440;

    public static bool TryParse(ReadOnlySpan<byte> data, out SelTimeUtcOffset offset)
    {
        offset = default;
        if (data.Length < Length)
            return false;
        offset = new SelTimeUtcOffset(BinaryPrimitives.ReadInt16LittleEndian(data));
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        BinaryPrimitives.WriteInt16LittleEndian(destination, Minutes);
        return Length;
    }
}
