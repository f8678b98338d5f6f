using Ipmi.Protocol;

namespace Ipmi.Lan.Commands;

/// <summary>
/// Get Channel Authentication Capabilities request (App 06h/38h), IPMI v2.0 §22.13, Table 22-15: channel
/// number (bits 3:0, 0Eh = this channel) with bit 7 asking for the IPMI v2.0 extended data, then the
/// requested maximum privilege level. ipmitool sends 8Eh 04h.
/// </summary>
public readonly record struct GetChannelAuthenticationCapabilitiesRequest(byte Channel, bool ExtendedData, PrivilegeLevel RequestedPrivilege)
{
    public const byte Command = 0x38;
    public const int Size = 2;

    public int Length => Size;

    public static bool TryParse(ReadOnlySpan<byte> source, out GetChannelAuthenticationCapabilitiesRequest request)
    {
        request = default;
        if (source.Length != Size)
            return false;
        request = new((byte)(source[0] & 0x0F), (source[0] & 0x80) != 0, (PrivilegeLevel)(source[1] & 0x0F));
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = (byte)(Channel | (ExtendedData ? 0x80 : 0));
        destination[1] = (byte)RequestedPrivilege;
        return Size;
    }
}

/// <summary>
/// Get Channel Authentication Capabilities response data, IPMI v2.0 §22.13, Table 22-15: channel number;
/// authentication type support (bit 7 = IPMI v2.0 extended capabilities, bits 5:0 = v1.5 types); status
/// (bit 5 K_G non-zero, bit 4 per-message authentication disabled, bit 3 user-level authentication
/// disabled, bit 2 non-null user names, bit 1 null user names, bit 0 anonymous login); extended
/// capabilities (bit 1 IPMI v2.0 connections, bit 0 v1.5); OEM ID (3 bytes, LS first); OEM auxiliary data.
/// </summary>
public readonly record struct GetChannelAuthenticationCapabilitiesResponse(
    byte Channel, byte AuthenticationTypes, byte Status, byte ExtendedCapabilities, uint OemId, byte OemAuxiliary)
{
    public const int Size = 8;
    public const byte ExtendedCapabilitiesAvailable = 0x80;
    public const byte KgNonZero = 0x20;
    public const byte NonNullUserNames = 0x04;
    public const byte NullUserNames = 0x02;
    public const byte AnonymousLogin = 0x01;
    public const byte Ipmi20Connections = 0x02;

    public int Length => Size;

    public static bool TryParse(ReadOnlySpan<byte> source, out GetChannelAuthenticationCapabilitiesResponse response)
    {
        response = default;
        if (source.Length < Size)
            return false;
        response = new(source[0], source[1], source[2], source[3], (uint)(source[4] | source[5] << 8 | source[6] << 16), source[7]);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = Channel;
        destination[1] = AuthenticationTypes;
        destination[2] = Status;
        destination[3] = ExtendedCapabilities;
        destination[4] = (byte)OemId;
        destination[5] = (byte)(OemId >> 8);
        destination[6] = (byte)(OemId >> 16);
        destination[7] = OemAuxiliary;
        return Size;
    }
}
