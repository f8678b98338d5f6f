using Ipmi.Protocol;

namespace Ipmi.Lan.Commands;

/// <summary>Get User Access request (App 06h/44h), IPMI v2.0 §22.27, Table 22-34: channel (bits 3:0, 0Eh = this channel), user ID (bits 5:0).</summary>
public readonly record struct GetUserAccessRequest(byte Channel, byte UserId)
{
    public const byte Command = 0x44;
    public const int Size = 2;

    public int Length => Size;

    public static bool TryParse(ReadOnlySpan<byte> source, out GetUserAccessRequest request)
    {
        request = default;
        if (source.Length != Size)
            return false;
        request = new((byte)(source[0] & 0x0F), (byte)(source[1] & 0x3F));
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = Channel;
        destination[1] = UserId;
        return Size;
    }
}

/// <summary>
/// Get User Access response data, IPMI v2.0 §22.27, Table 22-34: maximum user IDs (bits 5:0); the user's
/// enable status (bits 7:6: 01b enabled, 10b disabled) with the count of enabled IDs (bits 5:0); the count of
/// IDs with fixed names (bits 5:0); and the user's access on the channel: bit 6 restricted to callback, bit 5
/// link authentication, bit 4 IPMI messaging, bits 3:0 privilege limit (0Fh = no access).
/// </summary>
public readonly record struct GetUserAccessResponse(
    byte MaxUserIds, bool? UserEnabled, byte EnabledUserIds, byte FixedNameUserIds,
    bool CallbackOnly, bool LinkAuthentication, bool IpmiMessaging, PrivilegeLevel PrivilegeLimit)
{
    public const int Size =
        sizeof(byte) +                  // maximum number of user IDs
        sizeof(byte) +                  // enable status, count of enabled user IDs
        sizeof(byte) +                  // count of user IDs with fixed names
        sizeof(byte);                   // channel access

    public int Length => Size;

    public static bool TryParse(ReadOnlySpan<byte> source, out GetUserAccessResponse response)
    {
        response = default;
        if (source.Length != Size)
            return false;
        bool? enabled = (source[1] >> 6) switch { 1 => true, 2 => false, _ => null };
        response = new((byte)(source[0] & 0x3F), enabled, (byte)(source[1] & 0x3F), (byte)(source[2] & 0x3F),
            (source[3] & 0x40) != 0, (source[3] & 0x20) != 0, (source[3] & 0x10) != 0, (PrivilegeLevel)(source[3] & 0x0F));
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = (byte)(MaxUserIds & 0x3F);
        destination[1] = (byte)((UserEnabled switch { true => 0x40, false => 0x80, null => 0 }) | (EnabledUserIds & 0x3F));
        destination[2] = (byte)(FixedNameUserIds & 0x3F);
        destination[3] = (byte)((CallbackOnly ? 0x40 : 0) | (LinkAuthentication ? 0x20 : 0) | (IpmiMessaging ? 0x10 : 0) | ((byte)PrivilegeLimit & 0x0F));
        return Size;
    }
}
