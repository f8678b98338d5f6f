namespace Ipmi.Protocol.Chassis;

/// <summary>
/// Set System Boot Options request, IPMI v2.0 §28.12, Table 28-13 (chassis netFn, command 0x08): the
/// parameter selector ([7] 1 = mark the parameter invalid/locked, [6:0] parameter) then its data.
/// The response is the completion code alone (0x80 parameter not supported, 0x81 set already in
/// progress, 0x82 read-only parameter).
/// </summary>
public readonly record struct SetSystemBootOptionsRequest(BootOptionParameter Parameter, ReadOnlyMemory<byte> Data, bool MarkInvalid = false)
{
    public const byte Command = 0x08;

    public int Length =>
        1 +             // [7] mark invalid, [6:0] parameter selector
        Data.Length;    // parameter data

    /// <summary>Parses the request; the parameter data is copied.</summary>
    public static bool TryParse(ReadOnlySpan<byte> data, out SetSystemBootOptionsRequest request)
    {
        request = default;
        if (data.Length < 1)
            return false;
        request = new SetSystemBootOptionsRequest((BootOptionParameter)(data[0] & 0x7F), data[1..].ToArray(), (data[0] & 0x80) != 0);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = (byte)((MarkInvalid ? 0x80 : 0) | (byte)Parameter & 0x7F);
        Data.Span.CopyTo(destination[1..]);
        return Length;
    }
}

/// <summary>
/// Get System Boot Options request, IPMI v2.0 §28.13, Table 28-14 (chassis netFn, command 0x09):
/// parameter selector, set selector, block selector.
/// </summary>
public readonly record struct GetSystemBootOptionsRequest(BootOptionParameter Parameter, byte SetSelector = 0, byte BlockSelector = 0)
{
    public const byte Command = 0x09;

    public const int Length =
        1 + // [6:0] parameter selector
        1 + // set selector
        1;  // block selector

    public static bool TryParse(ReadOnlySpan<byte> data, out GetSystemBootOptionsRequest request)
    {
        request = default;
        if (data.Length < Length)
            return false;
        request = new GetSystemBootOptionsRequest((BootOptionParameter)(data[0] & 0x7F), data[1], data[2]);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = (byte)((byte)Parameter & 0x7F);
        destination[1] = SetSelector;
        destination[2] = BlockSelector;
        return Length;
    }
}

/// <summary>
/// Get System Boot Options response, IPMI v2.0 §28.13, Table 28-14: parameter version (1), the
/// parameter selector ([7] 1 = invalid/locked), then the parameter data.
/// </summary>
public readonly record struct GetSystemBootOptionsResponse(BootOptionParameter Parameter, ReadOnlyMemory<byte> Data, bool Invalid = false, byte Version = 1)
{
    public int Length =>
        1 +             // parameter version
        1 +             // [7] invalid/locked, [6:0] parameter selector
        Data.Length;    // parameter data

    /// <summary>Parses the response; the parameter data is copied.</summary>
    public static bool TryParse(ReadOnlySpan<byte> data, out GetSystemBootOptionsResponse response)
    {
        response = default;
        if (data.Length < 2)
            return false;
        response = new GetSystemBootOptionsResponse((BootOptionParameter)(data[1] & 0x7F), data[2..].ToArray(), (data[1] & 0x80) != 0, data[0]);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = Version;
        destination[1] = (byte)((Invalid ? 0x80 : 0) | (byte)Parameter & 0x7F);
        Data.Span.CopyTo(destination[2..]);
        return Length;
    }
}
