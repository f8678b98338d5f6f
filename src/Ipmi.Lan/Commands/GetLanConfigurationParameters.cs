namespace Ipmi.Lan.Commands;

/// <summary>
/// Get LAN Configuration Parameters request (Transport 0Ch/02h), IPMI v2.0 §23.2, Table 23-3: byte 1 bit 7
/// "get parameter revision only", bits 3:0 channel; parameter selector; set selector; block selector. The
/// response data is the parameter revision (11h) followed, unless revision only was asked, by the parameter
/// data; 80h = parameter not supported.
/// </summary>
public readonly record struct GetLanConfigurationParametersRequest(bool RevisionOnly, byte Channel, byte Parameter, byte SetSelector, byte BlockSelector)
{
    public const byte Command = 0x02;
    public const int Size = 4;

    public int Length => Size;

    public static bool TryParse(ReadOnlySpan<byte> source, out GetLanConfigurationParametersRequest request)
    {
        request = default;
        if (source.Length != Size)
            return false;
        request = new((source[0] & 0x80) != 0, (byte)(source[0] & 0x0F), source[1], source[2], source[3]);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = (byte)((RevisionOnly ? 0x80 : 0) | (Channel & 0x0F));
        destination[1] = Parameter;
        destination[2] = SetSelector;
        destination[3] = BlockSelector;
        return Size;
    }
}
