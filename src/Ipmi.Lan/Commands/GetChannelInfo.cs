namespace Ipmi.Lan.Commands;

/// <summary>Get Channel Info request (App 06h/42h), IPMI v2.0 §22.24, Table 22-28: the channel number (0Eh = this channel).</summary>
public readonly record struct GetChannelInfoRequest(byte Channel)
{
    public const byte Command = 0x42;
    public const int Size = 1;

    public int Length => Size;

    public static bool TryParse(ReadOnlySpan<byte> source, out GetChannelInfoRequest request)
    {
        request = default;
        if (source.Length != Size)
            return false;
        request = new((byte)(source[0] & 0x0F));
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = Channel;
        return Size;
    }
}

/// <summary>
/// Get Channel Info response data, IPMI v2.0 §22.24, Table 22-28: channel number, medium type (04h =
/// 802.3 LAN, Table 6-3), protocol type (01h = IPMB-1.0, Table 6-2), session support (bits 7:6, 10b =
/// multi-session) with the active session count (bits 5:0), vendor IANA (3 bytes, LS first; 7154 = IPMI
/// forum) and two bytes of auxiliary channel information.
/// </summary>
public readonly record struct GetChannelInfoResponse(byte Channel, byte MediumType, byte ProtocolType, byte SessionSupport, byte ActiveSessions, uint VendorIana)
{
    public const int Size = 9;
    public const byte Lan8023 = 0x04;
    public const byte Ipmb10 = 0x01;
    public const byte MultiSession = 0x02;
    public const uint IpmiForumIana = 7154;

    public int Length => Size;

    public static bool TryParse(ReadOnlySpan<byte> source, out GetChannelInfoResponse response)
    {
        response = default;
        if (source.Length < Size)
            return false;
        response = new((byte)(source[0] & 0x0F), (byte)(source[1] & 0x7F), (byte)(source[2] & 0x1F),
            (byte)(source[3] >> 6), (byte)(source[3] & 0x3F), (uint)(source[4] | source[5] << 8 | source[6] << 16));
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = Channel;
        destination[1] = MediumType;
        destination[2] = ProtocolType;
        destination[3] = (byte)(SessionSupport << 6 | (ActiveSessions & 0x3F));
        destination[4] = (byte)VendorIana;
        destination[5] = (byte)(VendorIana >> 8);
        destination[6] = (byte)(VendorIana >> 16);
        destination[7] = 0;                     // auxiliary channel info
        destination[8] = 0;
        return Size;
    }
}
