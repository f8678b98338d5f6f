using System.Buffers.Binary;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Ipmi.Lan.Crypto;
using Ipmi.Lan.Rakp;
using Ipmi.Protocol;
using Ipmi.Protocol.Messages;

namespace Ipmi.Lan.Tests.Support;

/// <summary>
/// A remote console driving a <see cref="DatagramProcessor"/> without sockets (fluent Send… / Expect…).
/// Its RAKP, integrity and AES code is written here from the spec with the BCL primitives, apart from
/// the server's classes, so a shared mistake does not pass unnoticed (the capture vectors back both).
/// </summary>
public sealed class ScriptedClient(Func<byte[], byte[]> transport)
{
    public const uint ConsoleSessionId = 0xA0A2A3A4;

    /// <summary>A console calling <paramref name="processor"/> directly, as if from <paramref name="remote"/> (127.0.0.1:40000).</summary>
    public ScriptedClient(DatagramProcessor processor, IPEndPoint? remote = null)
        : this(datagram => Exchange(processor, datagram, remote ?? new IPEndPoint(IPAddress.Loopback, 40000)))
    {
    }

    private CipherSuite _suite;
    private uint _bmcSessionId;
    private byte[] _rm = [], _rc = [], _guid = [], _name = [], _password = [], _k1 = [], _k2 = [];
    private byte _role;
    private uint _sequence;
    private byte _rqSeq;

    public byte[] Reply { get; private set; } = [];
    public byte[] LastSent { get; private set; } = [];
    public byte[] LastMessage { get; private set; } = [];
    public uint BmcSessionId => _bmcSessionId;

    // ---- raw ----

    public ScriptedClient Send(byte[] datagram)
    {
        LastSent = datagram;
        Reply = transport(datagram);
        return this;
    }

    private static byte[] Exchange(DatagramProcessor processor, byte[] datagram, IPEndPoint remote)
    {
        var reply = new byte[DatagramProcessor.MaxDatagram];
        var n = processor.ProcessAsync(datagram, reply, remote, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return reply[..n];
    }

    public ScriptedClient ExpectDrop()
    {
        Assert.That(Reply, Is.Empty, "expected the datagram to be dropped");
        return this;
    }

    // ---- pre-session ----

    public ScriptedClient SendOpenSession(CipherSuite suite, PrivilegeLevel requested = PrivilegeLevel.Unspecified)
    {
        _suite = suite;
        var payload = new byte[32];
        payload[1] = (byte)requested;
        BinaryPrimitives.WriteUInt32LittleEndian(payload.AsSpan(4), ConsoleSessionId);
        payload[8] = 0; payload[11] = 8; payload[12] = (byte)suite.Authentication;
        payload[16] = 1; payload[19] = 8; payload[20] = (byte)suite.Integrity;
        payload[24] = 2; payload[27] = 8; payload[28] = (byte)suite.Confidentiality;
        return Send(Sessionless(0x10, payload));
    }

    public ScriptedClient ExpectOpenSession(RmcpPlusStatus status, PrivilegeLevel? granted = null)
    {
        var payload = SessionlessPayload(0x11);
        Assert.That((RmcpPlusStatus)payload[1], Is.EqualTo(status));
        Assert.That(BinaryPrimitives.ReadUInt32LittleEndian(payload.AsSpan(4)), Is.EqualTo(ConsoleSessionId));
        if (granted is not null)
            Assert.That((PrivilegeLevel)payload[2], Is.EqualTo(granted));
        _bmcSessionId = BinaryPrimitives.ReadUInt32LittleEndian(payload.AsSpan(8));
        if (status == RmcpPlusStatus.NoErrors)
            Assert.That(_bmcSessionId, Is.Not.Zero);
        return this;
    }

    public ScriptedClient SendRakp1(string user, string password, PrivilegeLevel role, bool nameOnly = true)
    {
        _name = Encoding.ASCII.GetBytes(user);
        _password = new byte[20];
        Encoding.ASCII.GetBytes(password).CopyTo(_password, 0);
        _role = (byte)((byte)role | (nameOnly ? 0x10 : 0));
        _rm = RandomNumberGenerator.GetBytes(16);
        var payload = new byte[28 + _name.Length];
        BinaryPrimitives.WriteUInt32LittleEndian(payload.AsSpan(4), _bmcSessionId);
        _rm.CopyTo(payload, 8);
        payload[24] = _role;
        payload[27] = (byte)_name.Length;
        _name.CopyTo(payload, 28);
        return Send(Sessionless(0x12, payload));
    }

    public ScriptedClient ExpectRakp2(RmcpPlusStatus status)
    {
        var payload = SessionlessPayload(0x13);
        Assert.That((RmcpPlusStatus)payload[1], Is.EqualTo(status));
        if (status != RmcpPlusStatus.NoErrors)
        {
            Assert.That(payload, Has.Length.EqualTo(8), "an error RAKP 2 reveals nothing beyond the status");
            return this;
        }
        Assert.That(BinaryPrimitives.ReadUInt32LittleEndian(payload.AsSpan(4)), Is.EqualTo(ConsoleSessionId));
        _rc = payload[8..24];
        _guid = payload[24..40];
        var input = Concat(U32(ConsoleSessionId), U32(_bmcSessionId), _rm, _rc, _guid, [_role, (byte)_name.Length], _name);
        Assert.That(payload[40..], Is.EqualTo(Hmac(_password, input)), "RAKP 2 key exchange code");
        return this;
    }

    public ScriptedClient SendRakp3(bool correct = true, RmcpPlusStatus status = RmcpPlusStatus.NoErrors)
    {
        var code = status == RmcpPlusStatus.NoErrors ? Hmac(_password, Concat(_rc, U32(ConsoleSessionId), [_role, (byte)_name.Length], _name)) : [];
        if (!correct)
            code[0] ^= 0xFF;
        var payload = Concat([0, (byte)status, 0, 0], U32(_bmcSessionId), code);
        return Send(Sessionless(0x14, payload));
    }

    public ScriptedClient ExpectRakp4(RmcpPlusStatus status)
    {
        var payload = SessionlessPayload(0x15);
        Assert.That((RmcpPlusStatus)payload[1], Is.EqualTo(status));
        if (status != RmcpPlusStatus.NoErrors)
            return this;
        var sik = Hmac(_password, Concat(_rm, _rc, [_role, (byte)_name.Length], _name));
        var icv = Hmac(sik, Concat(_rm, U32(_bmcSessionId), _guid));
        var icvLength = _suite.Authentication == AuthenticationAlgorithm.HmacSha256 ? 16 : _suite.Authentication == AuthenticationAlgorithm.HmacSha1 ? 12 : 0;
        Assert.That(payload[8..], Is.EqualTo(icv[..icvLength]), "RAKP 4 integrity check value");
        _k1 = Hmac(sik, Enumerable.Repeat((byte)1, 20).ToArray());
        _k2 = Hmac(sik, Enumerable.Repeat((byte)2, 20).ToArray());
        _sequence = 0;
        return this;
    }

    /// <summary>Open Session, RAKP 1-4 with the given expectations all successful.</summary>
    public ScriptedClient Login(CipherSuite suite, string user, string password, PrivilegeLevel role = PrivilegeLevel.Administrator) =>
        SendOpenSession(suite).ExpectOpenSession(RmcpPlusStatus.NoErrors)
            .SendRakp1(user, password, role).ExpectRakp2(RmcpPlusStatus.NoErrors)
            .SendRakp3().ExpectRakp4(RmcpPlusStatus.NoErrors);

    // ---- in session ----

    /// <summary>Sends a request with a new rqSeq and the next session sequence number.</summary>
    public ScriptedClient SendCommand(NetFn netFn, byte command, params byte[] data)
    {
        _rqSeq = (byte)((_rqSeq + 1) & 0x3F);
        var message = new byte[IpmiRequest.Overhead + data.Length];
        new IpmiRequest
        {
            ResponderAddress = 0x20, NetFn = netFn, RequesterAddress = 0x81, Sequence = _rqSeq, Command = command, Data = data,
        }.WriteTo(message);
        LastMessage = message;
        return SendMessage(message, ++_sequence);
    }

    /// <summary>ipmitool's retry: the same message (same rqSeq), a new session sequence number.</summary>
    public ScriptedClient Retry() => SendMessage(LastMessage, ++_sequence);

    public ScriptedClient SendMessage(byte[] message, uint sequence)
    {
        var confidential = _suite.Confidentiality == ConfidentialityAlgorithm.AesCbc128;
        var payload = confidential ? Encrypt(message) : message;
        var authenticated = _suite.Integrity != IntegrityAlgorithm.None;
        var body = new List<byte> { 0x06, (byte)(0x00 | (confidential ? 0x80 : 0) | (authenticated ? 0x40 : 0)) };
        body.AddRange(U32(_bmcSessionId));
        body.AddRange(U32(sequence));
        body.AddRange(BitConverter.GetBytes((ushort)payload.Length));
        body.AddRange(payload);
        if (authenticated)
        {
            var pad = (4 - (body.Count + 2) % 4) % 4;
            body.AddRange(Enumerable.Repeat((byte)0xFF, pad));
            body.Add((byte)pad);
            body.Add(0x07);
            body.AddRange(AuthCode(body.ToArray()));
        }
        return Send([0x06, 0x00, 0xFF, 0x07, .. body]);
    }

    public ScriptedClient ExpectResponse(CompletionCode code, params byte[] data)
    {
        var response = ResponseMessage();
        Assert.That(IpmiResponse.TryParse(response, out var parsed), Is.True);
        Assert.That(parsed.CompletionCode, Is.EqualTo(code));
        Assert.That(parsed.Sequence, Is.EqualTo(_rqSeq));
        if (code == CompletionCode.Normal || data.Length > 0)
            Assert.That(parsed.Data.ToArray(), Is.EqualTo(data));
        return this;
    }

    public byte[] ResponseData()
    {
        IpmiResponse.TryParse(ResponseMessage(), out var parsed);
        Assert.That(parsed.CompletionCode, Is.EqualTo(CompletionCode.Normal));
        return parsed.Data.ToArray();
    }

    /// <summary>The reply's session sequence number.</summary>
    public uint ReplySequence => BinaryPrimitives.ReadUInt32LittleEndian(Reply.AsSpan(10));

    private byte[] ResponseMessage()
    {
        Assert.That(Reply, Is.Not.Empty, "expected a reply");
        Assert.That(Reply[4], Is.EqualTo(0x06));
        Assert.That(BinaryPrimitives.ReadUInt32LittleEndian(Reply.AsSpan(6)), Is.EqualTo(ConsoleSessionId));
        var length = BinaryPrimitives.ReadUInt16LittleEndian(Reply.AsSpan(14));
        var payload = Reply[16..(16 + length)];
        if (_suite.Integrity != IntegrityAlgorithm.None)
        {
            Assert.That(Reply[5] & 0x40, Is.EqualTo(0x40));
            var n = AuthCodeLength;
            Assert.That(Reply[4..^n].Length % 4, Is.EqualTo(0), "integrity pad aligns to 4 bytes");
            Assert.That(Reply[^(n + 1)], Is.EqualTo(0x07));
            Assert.That(Reply[^n..], Is.EqualTo(AuthCode(Reply[4..^n])), "response AuthCode");
        }
        if (_suite.Confidentiality != ConfidentialityAlgorithm.AesCbc128)
            return payload;
        Assert.That(Reply[5] & 0x80, Is.EqualTo(0x80));
        using var aes = Aes.Create();
        aes.Key = _k2[..16];
        var plain = aes.DecryptCbc(payload[16..], payload[..16], PaddingMode.None);
        var pad = plain[^1];
        for (var i = 0; i < pad; i++)
            Assert.That(plain[plain.Length - 1 - pad + i], Is.EqualTo(i + 1), "confidentiality pad");
        return plain[..^(pad + 1)];
    }

    // ---- helpers ----

    private int AuthCodeLength => _suite.Integrity == IntegrityAlgorithm.HmacSha256_128 ? 16 : 12;

    private byte[] AuthCode(byte[] data) => Hmac(_k1, data)[..AuthCodeLength];

    private byte[] Hmac(byte[] key, byte[] data) => _suite.Authentication == AuthenticationAlgorithm.HmacSha256
        ? HMACSHA256.HashData(key, data)
        : _suite.Authentication == AuthenticationAlgorithm.HmacSha1 ? HMACSHA1.HashData(key, data) : [];

    private byte[] Encrypt(byte[] message)
    {
        var padLength = (16 - (message.Length + 1) % 16) % 16;
        var padded = message.Concat(Enumerable.Range(1, padLength).Select(i => (byte)i)).Append((byte)padLength).ToArray();
        using var aes = Aes.Create();
        aes.Key = _k2[..16];
        var iv = RandomNumberGenerator.GetBytes(16);
        return [.. iv, .. aes.EncryptCbc(padded, iv, PaddingMode.None)];
    }

    public static byte[] Sessionless(byte payloadType, byte[] payload) =>
        [0x06, 0x00, 0xFF, 0x07, 0x06, payloadType, 0, 0, 0, 0, 0, 0, 0, 0, (byte)payload.Length, (byte)(payload.Length >> 8), .. payload];

    private byte[] SessionlessPayload(byte payloadType)
    {
        Assert.That(Reply, Is.Not.Empty, "expected a reply");
        Assert.That(Reply[..4], Is.EqualTo(new byte[] { 0x06, 0x00, 0xFF, 0x07 }));
        Assert.That(Reply[4], Is.EqualTo(0x06));
        Assert.That(Reply[5], Is.EqualTo(payloadType));
        Assert.That(Reply[6..14], Is.EqualTo(new byte[8]), "session ID and sequence are 0 outside a session");
        var length = BinaryPrimitives.ReadUInt16LittleEndian(Reply.AsSpan(14));
        Assert.That(Reply, Has.Length.EqualTo(16 + length));
        return Reply[16..];
    }

    private static byte[] U32(uint value) => BitConverter.GetBytes(value);

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();
}
