using Ipmi.Protocol;

namespace Ipmi.Lan.Commands;

/// <summary>Which copy of the channel settings a Get / Set Channel Access names, IPMI v2.0 §22.22-22.23 (bits 7:6).</summary>
public enum ChannelAccessCopy : byte
{
    /// <summary>Set Channel Access: leave this setting alone. Not valid in Get Channel Access.</summary>
    None = 0b00,
    NonVolatile = 0b01,
    /// <summary>The active ("present") settings.</summary>
    Volatile = 0b10,
    Reserved = 0b11,
}

/// <summary>Channel access modes, IPMI v2.0 §22.22, Table 22-29 (bits 2:0).</summary>
public enum ChannelAccessMode : byte
{
    Disabled = 0,
    PreBootOnly = 1,
    AlwaysAvailable = 2,
    Shared = 3,
}

/// <summary>Get Channel Access request (App 06h/41h), IPMI v2.0 §22.23, Table 22-30: channel (bits 3:0), which copy (byte 2 bits 7:6).</summary>
public readonly record struct GetChannelAccessRequest(byte Channel, ChannelAccessCopy Copy)
{
    public const byte Command = 0x41;
    public const int Size = 2;

    public int Length => Size;

    public static bool TryParse(ReadOnlySpan<byte> source, out GetChannelAccessRequest request)
    {
        request = default;
        if (source.Length != Size)
            return false;
        request = new((byte)(source[0] & 0x0F), (ChannelAccessCopy)(source[1] >> 6));
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = Channel;
        destination[1] = (byte)((byte)Copy << 6);
        return Size;
    }
}

/// <summary>
/// The channel access settings, as Get Channel Access answers them (IPMI v2.0 §22.23, Table 22-30): byte 1
/// bit 5 PEF alerting disabled, bit 4 per-message authentication disabled, bit 3 user-level
/// authentication disabled, bits 2:0 access mode; byte 2 the channel privilege limit (bits 3:0).
/// </summary>
public readonly record struct ChannelAccess(
    bool AlertingDisabled, bool PerMessageAuthenticationDisabled, bool UserLevelAuthenticationDisabled,
    ChannelAccessMode Mode, PrivilegeLevel PrivilegeLimit)
{
    public const int Size = 2;

    public int Length => Size;

    /// <summary>Byte 1 of the response, and bits 5:0 of byte 2 of Set Channel Access.</summary>
    public byte AccessByte =>
        (byte)((AlertingDisabled ? 0x20 : 0) | (PerMessageAuthenticationDisabled ? 0x10 : 0)
               | (UserLevelAuthenticationDisabled ? 0x08 : 0) | ((byte)Mode & 0x07));

    public static ChannelAccess FromBytes(byte access, byte privilege) =>
        new((access & 0x20) != 0, (access & 0x10) != 0, (access & 0x08) != 0, (ChannelAccessMode)(access & 0x07), (PrivilegeLevel)(privilege & 0x0F));

    public static bool TryParse(ReadOnlySpan<byte> source, out ChannelAccess response)
    {
        response = default;
        if (source.Length != Size)
            return false;
        response = FromBytes(source[0], source[1]);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = AccessByte;
        destination[1] = (byte)((byte)PrivilegeLimit & 0x0F);
        return Size;
    }
}
