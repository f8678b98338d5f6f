using Ipmi.Protocol;

namespace Ipmi.Lan.Commands;

/// <summary>
/// Set User Access request (App 06h/43h), IPMI v2.0 §22.26, Table 22-33: byte 1 bit 7 "change the bits
/// that follow", bit 6 restricted to callback, bit 5 link authentication, bit 4 IPMI messaging, bits 3:0
/// channel; byte 2 user ID (bits 5:0); byte 3 privilege limit (bits 3:0, 0Fh = no access); optional byte 4
/// session limit (bits 3:0). No response data.
/// </summary>
public readonly record struct SetUserAccessRequest(
    bool ChangeFlags, bool CallbackOnly, bool LinkAuthentication, bool IpmiMessaging, byte Channel,
    byte UserId, PrivilegeLevel PrivilegeLimit, byte? SessionLimit)
{
    public const byte Command = 0x43;
    public const int MinSize = 3;

    public int Length => SessionLimit is null ? MinSize : MinSize + 1;

    public static bool TryParse(ReadOnlySpan<byte> source, out SetUserAccessRequest request)
    {
        request = default;
        if (source.Length is not (MinSize or MinSize + 1))
            return false;
        request = new((source[0] & 0x80) != 0, (source[0] & 0x40) != 0, (source[0] & 0x20) != 0, (source[0] & 0x10) != 0,
            (byte)(source[0] & 0x0F), (byte)(source[1] & 0x3F), (PrivilegeLevel)(source[2] & 0x0F),
            source.Length > MinSize ? (byte)(source[3] & 0x0F) : null);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = (byte)((ChangeFlags ? 0x80 : 0) | (CallbackOnly ? 0x40 : 0) | (LinkAuthentication ? 0x20 : 0)
                                | (IpmiMessaging ? 0x10 : 0) | (Channel & 0x0F));
        destination[1] = (byte)(UserId & 0x3F);
        destination[2] = (byte)((byte)PrivilegeLimit & 0x0F);
        if (SessionLimit is { } limit)
            destination[3] = (byte)(limit & 0x0F);
        return Length;
    }
}
