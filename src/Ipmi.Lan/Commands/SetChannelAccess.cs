using Ipmi.Protocol;

namespace Ipmi.Lan.Commands;

/// <summary>
/// Set Channel Access request (App 06h/40h), IPMI v2.0 §22.22, Table 22-29: channel (bits 3:0); byte 2 which
/// copy to set (bits 7:6) and the access bits (<see cref="ChannelAccess.AccessByte"/>); byte 3 which copy of
/// the privilege limit to set (bits 7:6) and the limit (bits 3:0). No response data; 82h = set not supported
/// on this channel, 83h = access mode not supported.
/// </summary>
public readonly record struct SetChannelAccessRequest(byte Channel, ChannelAccessCopy AccessCopy, ChannelAccessCopy PrivilegeCopy, ChannelAccess Access)
{
    public const byte Command = 0x40;
    public const int Size = 3;
    public const CompletionCode SetNotSupported = CompletionCode.CommandSpecific82;
    public const CompletionCode AccessModeNotSupported = CompletionCode.CommandSpecific83;

    public int Length => Size;

    public static bool TryParse(ReadOnlySpan<byte> source, out SetChannelAccessRequest request)
    {
        request = default;
        if (source.Length != Size)
            return false;
        request = new((byte)(source[0] & 0x0F), (ChannelAccessCopy)(source[1] >> 6), (ChannelAccessCopy)(source[2] >> 6),
            ChannelAccess.FromBytes(source[1], source[2]));
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = Channel;
        destination[1] = (byte)((byte)AccessCopy << 6 | Access.AccessByte);
        destination[2] = (byte)((byte)PrivilegeCopy << 6 | ((byte)Access.PrivilegeLimit & 0x0F));
        return Size;
    }
}
