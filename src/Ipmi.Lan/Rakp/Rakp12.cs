using System.Buffers.Binary;
using Ipmi.Lan.Crypto;

namespace Ipmi.Lan.Rakp;

/// <summary>
/// RAKP Message 1, IPMI v2.0 §13.20, Table 13-11: message tag, reserved, managed system session ID,
/// remote console random number (16 bytes), requested maximum privilege / role (bits 3:0 level, bit 4
/// set = name-only lookup), reserved, user name length, user name. The name length is not limited here
/// so the handler can answer "invalid name length" (§13.24).
/// </summary>
public readonly ref struct Rakp1
{
    public const int HeaderSize = 28;
    /// <summary>Role bit 4: look the user up by name only (else by name and privilege), §13.20.</summary>
    public const byte NameOnlyLookup = 0x10;

    public byte Tag { get; init; }
    public uint ManagedSystemSessionId { get; init; }
    public ReadOnlySpan<byte> RemoteConsoleRandom { get; init; }
    public byte Role { get; init; }
    public ReadOnlySpan<byte> UserName { get; init; }

    public int Length => HeaderSize + UserName.Length;

    public static bool TryParse(ReadOnlySpan<byte> source, out Rakp1 message)
    {
        message = default;
        if (source.Length < HeaderSize || source.Length < HeaderSize + source[27])
            return false;
        message = new Rakp1
        {
            Tag = source[0],
            ManagedSystemSessionId = BinaryPrimitives.ReadUInt32LittleEndian(source[4..]),
            RemoteConsoleRandom = source.Slice(8, RakpExchange.RandomLength),
            Role = source[24],
            UserName = source.Slice(HeaderSize, source[27]),
        };
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[..HeaderSize].Clear();
        destination[0] = Tag;
        BinaryPrimitives.WriteUInt32LittleEndian(destination[4..], ManagedSystemSessionId);
        RemoteConsoleRandom.CopyTo(destination[8..]);
        destination[24] = Role;
        destination[27] = (byte)UserName.Length;
        UserName.CopyTo(destination[HeaderSize..]);
        return Length;
    }
}

/// <summary>
/// RAKP Message 2, IPMI v2.0 §13.21, Table 13-12: message tag, status, reserved, remote console session
/// ID, managed system random number, managed system GUID, key exchange authentication code. With an
/// error status only the first eight bytes are sent.
/// </summary>
public readonly ref struct Rakp2
{
    public const int ErrorSize = RakpStatusHeader.Size;
    public const int HeaderSize = ErrorSize + RakpExchange.RandomLength + RakpExchange.GuidLength;

    public byte Tag { get; init; }
    public RmcpPlusStatus Status { get; init; }
    public uint RemoteConsoleSessionId { get; init; }
    public ReadOnlySpan<byte> ManagedSystemRandom { get; init; }
    public ReadOnlySpan<byte> ManagedSystemGuid { get; init; }
    public ReadOnlySpan<byte> KeyExchangeCode { get; init; }

    public int Length => Status == RmcpPlusStatus.NoErrors ? HeaderSize + KeyExchangeCode.Length : ErrorSize;

    public static bool TryParse(ReadOnlySpan<byte> source, out Rakp2 message)
    {
        message = default;
        if (source.Length < ErrorSize)
            return false;
        var (tag, status, sessionId) = RakpStatusHeader.Read(source);
        if (status == RmcpPlusStatus.NoErrors && source.Length < HeaderSize)
            return false;
        var ok = status == RmcpPlusStatus.NoErrors;
        message = new Rakp2
        {
            Tag = tag,
            Status = status,
            RemoteConsoleSessionId = sessionId,
            ManagedSystemRandom = ok ? source.Slice(8, RakpExchange.RandomLength) : default,
            ManagedSystemGuid = ok ? source.Slice(24, RakpExchange.GuidLength) : default,
            KeyExchangeCode = ok ? source[HeaderSize..] : default,
        };
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        RakpStatusHeader.Write(destination, Tag, Status, RemoteConsoleSessionId);
        if (Status != RmcpPlusStatus.NoErrors)
            return ErrorSize;
        ManagedSystemRandom.CopyTo(destination[8..]);
        ManagedSystemGuid.CopyTo(destination[24..]);
        KeyExchangeCode.CopyTo(destination[HeaderSize..]);
        return Length;
    }
}
