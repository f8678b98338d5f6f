using System.Net;
using Ipmi.Lan.Rmcp;
using Ipmi.Lan.Sessions;
using Microsoft.Extensions.Logging;

namespace Ipmi.Lan;

public sealed partial class DatagramProcessor
{
    /// <summary>Next Header byte of the integrity trailer: 07h = RMCP (§13.6, Table 13-8).</summary>
    private const byte NextHeaderRmcp = 0x07;

    private Prepared PrepareV15(ReadOnlySpan<byte> body, IPEndPoint remote, byte[] scratch)
    {
        if (!Ipmi15SessionHeader.TryParse(body, out var header))
            return DropPrepared(remote, "malformed IPMI v1.5 session header");
        if (header.SessionId != 0)
            return DropPrepared(remote, "IPMI v1.5 sessions are not supported");
        body.Slice(Ipmi15SessionHeader.Size, header.MessageLength).CopyTo(scratch);
        return new Prepared(Framing.Ipmi15, null, header.MessageLength);
    }

    private Prepared PrepareV20(ReadOnlySpan<byte> body, Span<byte> reply, IPEndPoint remote, byte[] scratch, out int immediate)
    {
        immediate = 0;
        if (!Ipmi20SessionHeader.TryParse(body, out var header))
            return DropPrepared(remote, "malformed IPMI v2.0 session header");
        var payload = body.Slice(Ipmi20SessionHeader.Size, header.PayloadLength);
        if (header.SessionId != 0)
            return PrepareInSession(body, header, payload, remote, scratch);
        if (header.Authenticated || header.Encrypted)
            return DropPrepared(remote, "authenticated payload outside a session");
        var answer = scratch.AsSpan(ResponseMessageOffset);
        var (type, length) = header.PayloadType switch
        {
            PayloadType.OpenSessionRequest => (PayloadType.OpenSessionResponse, handshake.OpenSession(payload, remote, answer)),
            PayloadType.Rakp1 => (PayloadType.Rakp2, handshake.Rakp1To2(payload, remote, answer)),
            PayloadType.Rakp3 => (PayloadType.Rakp4, handshake.Rakp3To4(payload, remote, answer)),
            PayloadType.Ipmi => (PayloadType.Ipmi, -1),
            _ => (PayloadType.Ipmi, 0),
        };
        if (length == -1)
        {
            payload.CopyTo(scratch);
            return new Prepared(Framing.Ipmi20, null, payload.Length);
        }
        immediate = length == 0 ? Drop(remote, "malformed or unsupported sessionless payload") : WriteSessionless(reply, type, answer[..length]);
        return default;
    }

    /// <summary>Integrity first (§13.28.4), then the sequence window (§6.12.13), then decryption (§13.29).</summary>
    private Prepared PrepareInSession(ReadOnlySpan<byte> body, Ipmi20SessionHeader header, ReadOnlySpan<byte> payload, IPEndPoint remote, byte[] scratch)
    {
        if (!sessions.TryGet(header.SessionId, SessionState.Active, out var session))
            return DropPrepared(remote, "unknown or expired session");
        if (header.PayloadType != PayloadType.Ipmi)
            return DropPrepared(remote, "unsupported payload type");
        lock (session.Sync)
        {
            var integrity = session.Integrity;
            var confidentiality = session.Confidentiality;
            if (session.Removed || header.Authenticated != (integrity is not null) || header.Encrypted != (confidentiality is not null))
                return DropPrepared(remote, "payload protection does not match the session's cipher suite");
            if (integrity is not null)
            {
                var authCodeLength = integrity.AuthCodeLength;
                var trailer = Ipmi20SessionHeader.Size + header.PayloadLength;
                if (body.Length < trailer + 2 + authCodeLength
                    || body[^(authCodeLength + 1)] != NextHeaderRmcp
                    || trailer + body[^(authCodeLength + 2)] + 2 + authCodeLength != body.Length)
                    return DropPrepared(remote, "malformed integrity trailer");
                if (!integrity.CheckAuthCode(body[..^authCodeLength], body[^authCodeLength..]))
                    return DropPrepared(remote, "integrity check failed");
            }
            if (!session.Inbound.TryAccept(header.Sequence))
                return DropPrepared(remote, "session sequence number outside the window or repeated");
            var length = payload.Length;
            if (confidentiality is null)
                payload.CopyTo(scratch);
            else if (!confidentiality.TryDecrypt(payload, scratch.AsSpan(0, RequestArea), out length))
                return DropPrepared(remote, "decryption failed");
            session.LastActivity = sessions.Now;
            return new Prepared(Framing.Ipmi20, session, length);
        }
    }

    /// <summary>A v2.0 reply outside a session: session ID and sequence number 0, no authentication (§13.6).</summary>
    private static int WriteSessionless(Span<byte> reply, PayloadType type, ReadOnlySpan<byte> payload)
    {
        var n = RmcpHeader.Ipmi.WriteTo(reply);
        n += new Ipmi20SessionHeader(type, false, false, 0, 0, (ushort)payload.Length).WriteTo(reply[n..]);
        payload.CopyTo(reply[n..]);
        return n + payload.Length;
    }

    private static int WriteV15(Span<byte> reply, ReadOnlySpan<byte> message)
    {
        var n = RmcpHeader.Ipmi.WriteTo(reply);
        n += new Ipmi15SessionHeader(0, 0, (byte)message.Length).WriteTo(reply[n..]);
        message.CopyTo(reply[n..]);
        return n + message.Length;
    }

    /// <summary>
    /// A v2.0 reply inside <paramref name="session"/>: the console's session ID, a fresh outbound sequence
    /// number, the payload encrypted and the integrity trailer (pad to a multiple of 4, pad length, next
    /// header, AuthCode) per the session's suite (§13.6, §13.28-13.29). 0 once the session is gone.
    /// Call under the session's lock.
    /// </summary>
    private static int WriteInSession(Session session, Span<byte> reply, ReadOnlySpan<byte> message)
    {
        if (session.Removed)
            return 0;
        var integrity = session.Integrity;
        var confidentiality = session.Confidentiality;
        var payloadLength = confidentiality?.EncryptedLength(message.Length) ?? message.Length;
        var n = RmcpHeader.Ipmi.WriteTo(reply);
        n += new Ipmi20SessionHeader(PayloadType.Ipmi, confidentiality is not null, integrity is not null,
            session.RemoteConsoleSessionId, session.NextOutboundSequence(), (ushort)payloadLength).WriteTo(reply[n..]);
        if (confidentiality is null)
            message.CopyTo(reply[n..]);
        else
            confidentiality.Encrypt(message, reply[n..]);
        n += payloadLength;
        if (integrity is null)
            return n;
        var pad = (4 - (n - RmcpHeader.Size + 2) % 4) % 4;
        reply.Slice(n, pad).Fill(0xFF);
        n += pad;
        reply[n++] = (byte)pad;
        reply[n++] = NextHeaderRmcp;
        integrity.WriteAuthCode(reply[RmcpHeader.Size..n], reply.Slice(n, integrity.AuthCodeLength));
        return n + integrity.AuthCodeLength;
    }
}
