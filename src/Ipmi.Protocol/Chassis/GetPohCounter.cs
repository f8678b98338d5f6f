using System.Buffers.Binary;

namespace Ipmi.Protocol.Chassis;

/// <summary>
/// Get POH Counter response, IPMI v2.0 §28.14, Table 28-15 (chassis netFn, command 0x0F; empty request):
/// minutes per count and the power-on hours counter, LS byte first. ipmitool `chassis poh` prints
/// counter × minutes per count.
/// </summary>
public readonly record struct GetPohCounterResponse(byte MinutesPerCount, uint Counter)
{
    public const byte Command = 0x0F;

    public const int Length =
        1 + // minutes per count
        4;  // counter reading, LS byte first

    public TimeSpan PoweredOn => TimeSpan.FromMinutes((double)MinutesPerCount * Counter);

    public static bool TryParse(ReadOnlySpan<byte> data, out GetPohCounterResponse response)
    {
        response = default;
        if (data.Length < Length)
            return false;
        response = new GetPohCounterResponse(data[0], BinaryPrimitives.ReadUInt32LittleEndian(data[1..]));
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = MinutesPerCount;
        BinaryPrimitives.WriteUInt32LittleEndian(destination[1..], Counter);
        return Length;
    }
}
