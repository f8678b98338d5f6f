using System.Buffers.Binary;
using System.Security.Cryptography;
using Ipmi.Protocol;
using Ipmi.Protocol.Messages;

namespace IpmiLoad.Client;

public sealed partial class RmcpPlusConsole
{
    private const int AesBlock = 16;
    /// <summary>Payload type 00h (IPMI message) with the encrypted (80h) and authenticated (40h) bits (§13.6, Table 13-8).</summary>
    private const byte ProtectedIpmiPayload = 0xC0;
    /// <summary>Next Header of the integrity trailer: 07h = RMCP (§13.6).</summary>
    private const byte NextHeaderRmcp = 0x07;
    private const int MaxMessage = 64;

    /// <summary>
    /// An IPMI request (§13.8) inside the session: a new rqSeq and session sequence number, the message
    /// AES-CBC-128 encrypted (§13.29) and the integrity trailer appended (§13.28.4).
    /// </summary>
    public int WriteRequest(NetFn netFn, byte command, ReadOnlySpan<byte> data, Span<byte> datagram)
    {
        Span<byte> message = stackalloc byte[MaxMessage];
        var length = new IpmiRequest
        {
            ResponderAddress = 0x20, NetFn = netFn, RequesterAddress = 0x81, Sequence = NextRqSeq(), Command = command, Data = data,
        }.WriteTo(message);
        RmcpIpmi.CopyTo(datagram);
        datagram[4] = AuthTypeRmcpPlus;
        datagram[5] = ProtectedIpmiPayload;
        BinaryPrimitives.WriteUInt32LittleEndian(datagram[6..], ManagedSessionId);
        BinaryPrimitives.WriteUInt32LittleEndian(datagram[10..], ++_sequence);
        var payloadLength = Encrypt(message[..length], datagram[V20PayloadOffset..]);
        BinaryPrimitives.WriteUInt16LittleEndian(datagram[14..], (ushort)payloadLength);
        var n = V20PayloadOffset + payloadLength;
        // Integrity pad: the bytes from the auth type through Next Header are a multiple of 4 (§13.28.4).
        var pad = (4 - (n - RmcpHeaderLength + 2) % 4) % 4;
        datagram.Slice(n, pad).Fill(0xFF);
        n += pad;
        datagram[n++] = (byte)pad;
        datagram[n++] = NextHeaderRmcp;
        Span<byte> code = stackalloc byte[_suite.KeyLength];
        IntegrityHmac(datagram[RmcpHeaderLength..n], code);
        code[.._suite.AuthCodeLength].CopyTo(datagram[n..]);
        return n + _suite.AuthCodeLength;
    }

    /// <summary>
    /// Checks a reply inside the session (our session ID, the AuthCode, the confidentiality pad), decrypts it
    /// into <paramref name="plaintext"/> and parses the IPMI response; false for anything else, including a
    /// response to an earlier request (another rqSeq).
    /// </summary>
    public bool TryReadResponse(ReadOnlySpan<byte> reply, Span<byte> plaintext, out IpmiResponse response)
    {
        response = default;
        var authCodeLength = _suite.AuthCodeLength;
        if (_aes is null || reply.Length < V20PayloadOffset + authCodeLength + 2 || !reply[..RmcpHeaderLength].SequenceEqual(RmcpIpmi)
            || reply[4] != AuthTypeRmcpPlus || reply[5] != ProtectedIpmiPayload
            || BinaryPrimitives.ReadUInt32LittleEndian(reply[6..]) != ConsoleSessionId)
            return false;
        var payloadLength = BinaryPrimitives.ReadUInt16LittleEndian(reply[14..]);
        var trailer = V20PayloadOffset + payloadLength;
        if (reply[^(authCodeLength + 1)] != NextHeaderRmcp || trailer + reply[^(authCodeLength + 2)] + 2 + authCodeLength != reply.Length)
            return false;
        Span<byte> expected = stackalloc byte[_suite.KeyLength];
        IntegrityHmac(reply[RmcpHeaderLength..^authCodeLength], expected);
        if (!CryptographicOperations.FixedTimeEquals(expected[..authCodeLength], reply[^authCodeLength..]))
            return false;
        return TryDecrypt(reply.Slice(V20PayloadOffset, payloadLength), plaintext, out var length)
            && IpmiResponse.TryParse(plaintext[..length], out response)
            && response.Sequence == _rqSeq;
    }

    /// <summary>HMAC(K1, data), full length (§13.28.4).</summary>
    private void IntegrityHmac(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        _integrity!.AppendData(data);
        _integrity.GetHashAndReset(destination);
    }

    /// <summary>§13.29: a random IV, then the message, pad bytes 01h, 02h… and the pad length, encrypted with K2's first 16 bytes.</summary>
    private int Encrypt(ReadOnlySpan<byte> message, Span<byte> destination)
    {
        var bodyLength = (message.Length + 1 + AesBlock - 1) / AesBlock * AesBlock;
        var iv = destination[..AesBlock];
        RandomNumberGenerator.Fill(iv);
        var body = destination.Slice(AesBlock, bodyLength);
        message.CopyTo(body);
        var padLength = bodyLength - message.Length - 1;
        for (var i = 0; i < padLength; i++)
            body[message.Length + i] = (byte)(i + 1);
        body[^1] = (byte)padLength;
        _aes!.EncryptCbc(body, iv, body, PaddingMode.None);
        return AesBlock + bodyLength;
    }

    private bool TryDecrypt(ReadOnlySpan<byte> payload, Span<byte> plaintext, out int length)
    {
        length = 0;
        if (payload.Length < 2 * AesBlock || payload.Length % AesBlock != 0 || plaintext.Length < payload.Length - AesBlock)
            return false;
        var n = _aes!.DecryptCbc(payload[AesBlock..], payload[..AesBlock], plaintext, PaddingMode.None);
        var padLength = plaintext[n - 1];
        if (padLength >= AesBlock)
            return false;
        length = n - 1 - padLength;
        for (var i = 0; i < padLength; i++)
        {
            if (plaintext[length + i] != i + 1)
                return false;
        }
        return true;
    }
}
