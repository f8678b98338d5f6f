namespace Ipmi.Lan.Rakp;

/// <summary>
/// RAKP Message 3, IPMI v2.0 §13.22, Table 13-13: message tag, status (a console reports a bad RAKP 2
/// here), reserved, managed system session ID, key exchange authentication code.
/// </summary>
public readonly ref struct Rakp3
{
    public const int HeaderSize = RakpStatusHeader.Size;

    public byte Tag { get; init; }
    public RmcpPlusStatus Status { get; init; }
    public uint ManagedSystemSessionId { get; init; }
    public ReadOnlySpan<byte> KeyExchangeCode { get; init; }

    public int Length => HeaderSize + KeyExchangeCode.Length;

    public static bool TryParse(ReadOnlySpan<byte> source, out Rakp3 message)
    {
        message = default;
        if (source.Length < HeaderSize)
            return false;
        var (tag, status, sessionId) = RakpStatusHeader.Read(source);
        message = new Rakp3
        {
            Tag = tag,
            Status = status,
            ManagedSystemSessionId = sessionId,
            KeyExchangeCode = source[HeaderSize..],
        };
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        RakpStatusHeader.Write(destination, Tag, Status, ManagedSystemSessionId);
        KeyExchangeCode.CopyTo(destination[HeaderSize..]);
        return Length;
    }
}

/// <summary>
/// RAKP Message 4, IPMI v2.0 §13.23, Table 13-14: message tag, status, reserved, remote console session
/// ID, integrity check value (absent on error).
/// </summary>
public readonly ref struct Rakp4
{
    public const int HeaderSize = RakpStatusHeader.Size;

    public byte Tag { get; init; }
    public RmcpPlusStatus Status { get; init; }
    public uint RemoteConsoleSessionId { get; init; }
    public ReadOnlySpan<byte> IntegrityCheckValue { get; init; }

    public int Length => HeaderSize + IntegrityCheckValue.Length;

    public static bool TryParse(ReadOnlySpan<byte> source, out Rakp4 message)
    {
        message = default;
        if (source.Length < HeaderSize)
            return false;
        var (tag, status, sessionId) = RakpStatusHeader.Read(source);
        message = new Rakp4
        {
            Tag = tag,
            Status = status,
            RemoteConsoleSessionId = sessionId,
            IntegrityCheckValue = source[HeaderSize..],
        };
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        RakpStatusHeader.Write(destination, Tag, Status, RemoteConsoleSessionId);
        IntegrityCheckValue.CopyTo(destination[HeaderSize..]);
        return Length;
    }
}
