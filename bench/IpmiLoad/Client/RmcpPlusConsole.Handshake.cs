using System.Buffers.Binary;
using System.Security.Cryptography;
using Ipmi.Protocol;
using Ipmi.Protocol.Messages;

namespace IpmiLoad.Client;

public sealed partial class RmcpPlusConsole
{
    private const byte OpenSessionRequest = 0x10, OpenSessionResponse = 0x11, Rakp1 = 0x12, Rakp2 = 0x13, Rakp3 = 0x14, Rakp4 = 0x15;
    /// <summary>IPMI v1.5 session header (§13.6, Table 13-7) with auth type none: type, sequence, session ID, message length.</summary>
    private const int V15MessageOffset = RmcpHeaderLength + 1 + 4 + 4 + 1;
    private const byte GetChannelAuthenticationCapabilities = 0x38;

    /// <summary>
    /// Get Channel Authentication Capabilities (§22.13) in IPMI v1.5 framing outside a session, as ipmitool
    /// and FreeIPMI open every login: channel E = this one, with the IPMI v2.0 extended-data bit (80h).
    /// </summary>
    public int WriteGetChannelAuthenticationCapabilities(Span<byte> datagram)
    {
        RmcpIpmi.CopyTo(datagram);
        datagram[4..V15MessageOffset].Clear();
        var message = datagram[V15MessageOffset..];
        ReadOnlySpan<byte> data = [0x8E, (byte)Privilege];
        var length = new IpmiRequest
        {
            ResponderAddress = 0x20, NetFn = NetFn.App, RequesterAddress = 0x81, Sequence = NextRqSeq(),
            Command = GetChannelAuthenticationCapabilities, Data = data,
        }.WriteTo(message);
        datagram[V15MessageOffset - 1] = (byte)length;
        return V15MessageOffset + length;
    }

    /// <summary>True for a v1.5 reply with completion code 00h to our last request.</summary>
    public bool ReadGetChannelAuthenticationCapabilities(ReadOnlySpan<byte> reply)
    {
        if (reply.Length < V15MessageOffset || reply[4] != 0x00 || reply.Length < V15MessageOffset + reply[V15MessageOffset - 1])
            return false;
        return IpmiResponse.TryParse(reply.Slice(V15MessageOffset, reply[V15MessageOffset - 1]), out var response)
            && response.Command == GetChannelAuthenticationCapabilities
            && response.Sequence == _rqSeq
            && response.CompletionCode == CompletionCode.Normal;
    }

    /// <summary>Open Session Request (§13.17, Table 13-9): starts a new login with a fresh console session ID.</summary>
    public int WriteOpenSession(Span<byte> datagram)
    {
        Dispose();
        ConsoleSessionId = NewSessionId();
        ManagedSessionId = 0;
        _sequence = 0;
        var payload = BeginSessionless(datagram, OpenSessionRequest, 32);
        payload[0] = ++_tag;
        payload[1] = (byte)Privilege; // ipmi_sim echoes this back, and FreeIPMI wants the level it asked for
        BinaryPrimitives.WriteUInt32LittleEndian(payload[4..], ConsoleSessionId);
        WriteAlgorithm(payload[8..], 0x00, _suite.Authentication);
        WriteAlgorithm(payload[16..], 0x01, _suite.Integrity);
        WriteAlgorithm(payload[24..], 0x02, _suite.Confidentiality);
        return V20PayloadOffset + payload.Length;
    }

    /// <summary>Open Session Response (§13.18, Table 13-10): status 00h, our session ID echoed; keeps the server's session ID.</summary>
    public bool ReadOpenSession(ReadOnlySpan<byte> reply)
    {
        var payload = SessionlessPayload(reply, OpenSessionResponse);
        if (payload.Length < 36 || payload[0] != _tag || payload[1] != 0
            || BinaryPrimitives.ReadUInt32LittleEndian(payload[4..]) != ConsoleSessionId)
            return false;
        ManagedSessionId = BinaryPrimitives.ReadUInt32LittleEndian(payload[8..]);
        return ManagedSessionId != 0 && payload[16] == _suite.Authentication && payload[24] == _suite.Integrity && payload[32] == _suite.Confidentiality;
    }

    /// <summary>RAKP Message 1 (§13.20, Table 13-11): a fresh console random number Rm, the role and the user name.</summary>
    public int WriteRakp1(Span<byte> datagram)
    {
        var payload = BeginSessionless(datagram, Rakp1, 28 + _name.Length);
        RandomNumberGenerator.Fill(_rm);
        payload[0] = ++_tag;
        BinaryPrimitives.WriteUInt32LittleEndian(payload[4..], ManagedSessionId);
        _rm.CopyTo(payload[8..]);
        payload[24] = _role;
        payload[27] = (byte)_name.Length;
        _name.CopyTo(payload[28..]);
        return V20PayloadOffset + payload.Length;
    }

    /// <summary>RAKP Message 2 (§13.21, Table 13-12): keeps Rc and the GUID, and checks the server knows the password (§13.31).</summary>
    public bool ReadRakp2(ReadOnlySpan<byte> reply)
    {
        var payload = SessionlessPayload(reply, Rakp2);
        if (payload.Length != 40 + _suite.KeyLength || payload[0] != _tag || payload[1] != 0
            || BinaryPrimitives.ReadUInt32LittleEndian(payload[4..]) != ConsoleSessionId)
            return false;
        payload.Slice(8, RandomLength).CopyTo(_rc);
        payload.Slice(24, GuidLength).CopyTo(_guid);
        // SIDm, SIDc, Rm, Rc, GUIDc, ROLEm, ULENGTHm, UNAMEm
        Span<byte> input = stackalloc byte[4 + 4 + RandomLength + RandomLength + GuidLength + 2 + 16];
        BinaryPrimitives.WriteUInt32LittleEndian(input, ConsoleSessionId);
        BinaryPrimitives.WriteUInt32LittleEndian(input[4..], ManagedSessionId);
        _rm.CopyTo(input[8..]);
        _rc.CopyTo(input[24..]);
        _guid.CopyTo(input[40..]);
        var n = 56 + WriteRoleAndName(input[56..]);
        return CheckHmac(_kuid, input[..n], payload[40..], _suite.KeyLength);
    }

    /// <summary>RAKP Message 3 (§13.22, Table 13-13): proves we know the password: HMAC(Kuid, Rc, SIDm, ROLEm, ULENGTHm, UNAMEm).</summary>
    public int WriteRakp3(Span<byte> datagram)
    {
        var payload = BeginSessionless(datagram, Rakp3, 8 + _suite.KeyLength);
        payload[0] = ++_tag;
        BinaryPrimitives.WriteUInt32LittleEndian(payload[4..], ManagedSessionId);
        Span<byte> input = stackalloc byte[RandomLength + 4 + 2 + 16];
        _rc.CopyTo(input);
        BinaryPrimitives.WriteUInt32LittleEndian(input[16..], ConsoleSessionId);
        var n = 20 + WriteRoleAndName(input[20..]);
        _suite.Hmac(_kuid, input[..n], payload[8..]);
        return V20PayloadOffset + payload.Length;
    }

    /// <summary>
    /// RAKP Message 4 (§13.23, Table 13-14): derives SIK = HMAC(Kuid, Rm, Rc, ROLEm, ULENGTHm, UNAMEm), checks
    /// the ICV = HMAC(SIK, Rm, SIDc, GUIDc) and derives K1, K2 = HMAC(SIK, 20 × 01h / 02h) (§13.31-13.32).
    /// No K_G: the user key stands in for it, as in the bench configurations.
    /// </summary>
    public bool ReadRakp4(ReadOnlySpan<byte> reply)
    {
        var payload = SessionlessPayload(reply, Rakp4);
        if (payload.Length != 8 + _suite.IcvLength || payload[0] != _tag || payload[1] != 0
            || BinaryPrimitives.ReadUInt32LittleEndian(payload[4..]) != ConsoleSessionId)
            return false;
        Span<byte> input = stackalloc byte[RandomLength + RandomLength + 2 + 16];
        _rm.CopyTo(input);
        _rc.CopyTo(input[16..]);
        var n = 32 + WriteRoleAndName(input[32..]);
        Span<byte> sik = stackalloc byte[_suite.KeyLength];
        _suite.Hmac(_kuid, input[..n], sik);
        _rm.CopyTo(input);
        BinaryPrimitives.WriteUInt32LittleEndian(input[16..], ManagedSessionId);
        _guid.CopyTo(input[20..]);
        if (!CheckHmac(sik, input[..36], payload[8..], _suite.IcvLength))
            return false;
        Span<byte> constant = stackalloc byte[20];
        constant.Fill(0x01);
        _suite.Hmac(sik, constant, _k1);
        constant.Fill(0x02);
        _suite.Hmac(sik, constant, _k2);
        _aes = Aes.Create();
        _aes.Key = _k2[..16];
        _integrity = IncrementalHash.CreateHMAC(_suite.Hash, _k1);
        return true;
    }

    private int WriteRoleAndName(Span<byte> destination)
    {
        destination[0] = _role;
        destination[1] = (byte)_name.Length;
        _name.CopyTo(destination[2..]);
        return 2 + _name.Length;
    }

    /// <summary>The first <paramref name="length"/> bytes of HMAC(key, data) equal <paramref name="code"/>, compared in constant time.</summary>
    private bool CheckHmac(ReadOnlySpan<byte> key, ReadOnlySpan<byte> data, ReadOnlySpan<byte> code, int length)
    {
        Span<byte> expected = stackalloc byte[_suite.KeyLength];
        _suite.Hmac(key, data, expected);
        return code.Length == length && CryptographicOperations.FixedTimeEquals(expected[..length], code);
    }

    /// <summary>An algorithm payload of Open Session (§13.17, Table 13-9): type, reserved, length 08h, algorithm, reserved.</summary>
    private static void WriteAlgorithm(Span<byte> destination, byte type, byte algorithm)
    {
        destination[0] = type;
        destination[3] = 0x08;
        destination[4] = algorithm;
    }
}
