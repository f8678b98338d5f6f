using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Ipmi.Protocol;

namespace IpmiLoad.Client;

/// <summary>
/// The remote console's side of an RMCP+ session, IPMI v2.0 §13.15-13.29, as byte work with no socket:
/// each Write… fills a datagram and returns its length, each Read… checks a reply and moves the state on.
/// <see cref="WriteOpenSession"/> starts a new login on the same instance. Written from the spec with BCL
/// primitives only, apart from Ipmi.Lan, so that it is an independent check of the server (and works
/// against OpenIPMI's ipmi_sim). Requests and responses inside a session allocate nothing.
/// </summary>
public sealed partial class RmcpPlusConsole : IDisposable
{
    /// <summary>Large enough for every datagram this console sends or accepts.</summary>
    public const int MaxDatagram = 512;

    /// <summary>RMCP header for IPMI (§13.1.3, Table 13-1): version 06h, reserved, sequence FFh (no ACK), class 07h.</summary>
    private static ReadOnlySpan<byte> RmcpIpmi => [0x06, 0x00, 0xFF, 0x07];

    private const int RmcpHeaderLength = 4;
    /// <summary>The IPMI v2.0 session header (§13.6, Table 13-8) ends at the payload: auth type, payload type, session ID, sequence, length.</summary>
    public const int V20PayloadOffset = RmcpHeaderLength + 1 + 1 + 4 + 4 + 2;
    private const byte AuthTypeRmcpPlus = 0x06;
    private const int KuidLength = 20;
    private const int RandomLength = 16;
    private const int GuidLength = 16;

    private readonly ConsoleSuite _suite;
    private readonly byte[] _kuid = new byte[KuidLength];
    private readonly byte[] _name;
    /// <summary>RAKP 1 role byte: the privilege asked for, with name-only lookup (10h), as ipmitool sends it (§13.20).</summary>
    private readonly byte _role;
    private readonly byte[] _rm = new byte[RandomLength];
    private readonly byte[] _rc = new byte[RandomLength];
    private readonly byte[] _guid = new byte[GuidLength];
    private readonly byte[] _k1;
    private readonly byte[] _k2;
    private Aes? _aes;
    /// <summary>HMAC keyed with K1 for the session's packets, reset after each (cheaper than a one-shot HMAC per packet).</summary>
    private IncrementalHash? _integrity;
    private byte _tag;
    private uint _sequence;
    private byte _rqSeq;

    public RmcpPlusConsole(ConsoleSuite suite, string user, string password, PrivilegeLevel privilege = PrivilegeLevel.Administrator)
    {
        _suite = suite;
        _name = Encoding.ASCII.GetBytes(user);
        var passwordBytes = Encoding.ASCII.GetBytes(password);
        if (_name.Length > 16 || passwordBytes.Length > KuidLength)
            throw new ArgumentException("IPMI user names have at most 16 bytes and passwords at most 20 (§13.20, §22.30).");
        passwordBytes.CopyTo(_kuid, 0);
        Privilege = privilege;
        _role = (byte)((byte)privilege | 0x10);
        _k1 = new byte[suite.KeyLength];
        _k2 = new byte[suite.KeyLength];
    }

    public ConsoleSuite Suite => _suite;
    public PrivilegeLevel Privilege { get; }

    /// <summary>Our session ID, chosen fresh for every login (§13.17); the server writes it into its packets.</summary>
    public uint ConsoleSessionId { get; private set; }

    /// <summary>The server's session ID from the Open Session response; we write it into our packets.</summary>
    public uint ManagedSessionId { get; private set; }

    /// <summary>True between a verified RAKP 4 and the next <see cref="WriteOpenSession"/>.</summary>
    public bool Established => _aes is not null;

    public void Dispose()
    {
        _aes?.Dispose();
        _aes = null;
        _integrity?.Dispose();
        _integrity = null;
    }

    /// <summary>A sessionless IPMI v2.0 datagram up to its payload (§13.6): session ID and sequence 0, no protection.</summary>
    private static Span<byte> BeginSessionless(Span<byte> datagram, byte payloadType, int payloadLength)
    {
        RmcpIpmi.CopyTo(datagram);
        datagram[4] = AuthTypeRmcpPlus;
        datagram[5] = payloadType;
        datagram[6..14].Clear();
        BinaryPrimitives.WriteUInt16LittleEndian(datagram[14..], (ushort)payloadLength);
        var payload = datagram.Slice(V20PayloadOffset, payloadLength);
        payload.Clear();
        return payload;
    }

    /// <summary>The payload of a sessionless IPMI v2.0 reply of <paramref name="payloadType"/>, or empty when the reply is not one.</summary>
    private static ReadOnlySpan<byte> SessionlessPayload(ReadOnlySpan<byte> reply, byte payloadType)
    {
        if (reply.Length < V20PayloadOffset || !reply[..RmcpHeaderLength].SequenceEqual(RmcpIpmi)
            || reply[4] != AuthTypeRmcpPlus || reply[5] != payloadType)
            return default;
        var length = BinaryPrimitives.ReadUInt16LittleEndian(reply[14..]);
        return reply.Length < V20PayloadOffset + length ? default : reply.Slice(V20PayloadOffset, length);
    }

    private byte NextRqSeq() => _rqSeq = (byte)((_rqSeq + 1) & 0x3F);

    private static uint NewSessionId()
    {
        Span<byte> bytes = stackalloc byte[sizeof(uint)];
        uint id;
        do
        {
            RandomNumberGenerator.Fill(bytes);
            id = BinaryPrimitives.ReadUInt32LittleEndian(bytes);
        }
        while (id == 0);
        return id;
    }
}
