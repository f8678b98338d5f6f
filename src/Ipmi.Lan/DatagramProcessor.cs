using System.Buffers;
using System.Net;
using Ipmi.Lan.Dispatch;
using Ipmi.Lan.Rakp;
using Ipmi.Lan.Rmcp;
using Ipmi.Lan.Sessions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ipmi.Lan;

/// <summary>
/// One datagram in, one reply out (0 bytes = drop), with no sockets: source allowlist → RMCP header (IPMI v2.0 §13.1.3) →
/// ASF presence ping, or IPMI v1.5 / v2.0 session framing (§13.6) → session lookup → integrity check →
/// sequence window → decryption → IPMI message (§13.8) → dispatch → response in the framing the request
/// came in. Malformed or unauthenticated datagrams are dropped with a Debug log; nothing here throws for
/// bad input. Thread-safe: the listener runs several receive loops over one processor.
/// </summary>
public sealed partial class DatagramProcessor(
    SessionTable sessions,
    RakpHandshake handshake,
    CommandDispatcher dispatcher,
    SourceAllowlist allowlist,
    IOptions<LanOptions> options,
    ILogger<DatagramProcessor> logger)
{
    /// <summary>The reply buffer must hold at least this many bytes; larger datagrams are dropped.</summary>
    public const int MaxDatagram = 1024;

    // Scratch layout: the plaintext request message, the handler's response data, the response message.
    private const int RequestArea = MaxDatagram;
    private const int ResponseDataOffset = RequestArea;
    private const int ResponseMessageOffset = ResponseDataOffset + Ipmi.Protocol.Commands.CommandRegistration.MaxResponseData;
    private const int ScratchSize = ResponseMessageOffset + RetryCache.MaxMessage;

    private readonly LanOptions _options = options.Value;

    public async ValueTask<int> ProcessAsync(ReadOnlyMemory<byte> datagram, Memory<byte> reply, IPEndPoint remote, CancellationToken cancellationToken)
    {
        if (!allowlist.Allows(remote.Address))
        {
            logger.SourceNotAllowed(remote);
            return 0;
        }
        if (datagram.Length > MaxDatagram)
            return Drop(remote, "datagram too long");
        var scratch = ArrayPool<byte>.Shared.Rent(ScratchSize);
        try
        {
            var prepared = Prepare(datagram.Span, reply.Span, remote, scratch, out var immediate);
            if (prepared.Framing == Framing.None)
                return immediate;
            return await DispatchAsync(prepared, reply, remote, scratch, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(scratch);
        }
    }

    /// <summary>Everything up to dispatch, synchronously: a reply for ASF and RAKP, or a plaintext IPMI request in <paramref name="scratch"/>.</summary>
    private Prepared Prepare(ReadOnlySpan<byte> datagram, Span<byte> reply, IPEndPoint remote, byte[] scratch, out int immediate)
    {
        immediate = 0;
        if (!RmcpHeader.TryParse(datagram, out var rmcp))
            return DropPrepared(remote, "not an RMCP message");
        var body = datagram[RmcpHeader.Size..];
        switch (rmcp.Class)
        {
            case RmcpClass.Asf:
                immediate = AnswerPing(rmcp, body, reply, remote);
                return default;
            case RmcpClass.Ipmi when body.Length > 0 && body[0] == (byte)AuthType.RmcpPlus:
                return PrepareV20(body, reply, remote, scratch, out immediate);
            case RmcpClass.Ipmi when body.Length > 0 && body[0] == (byte)AuthType.None:
                return PrepareV15(body, remote, scratch);
            default:
                return DropPrepared(remote, "unsupported RMCP class or authentication type");
        }
    }

    /// <summary>ASF Presence Ping → Pong (§13.2.3-13.2.4), echoing the RMCP sequence number and the message tag.</summary>
    private int AnswerPing(RmcpHeader rmcp, ReadOnlySpan<byte> body, Span<byte> reply, IPEndPoint remote)
    {
        if (!AsfMessage.TryParse(body, out var asf) || asf.Type != AsfMessageType.PresencePing)
            return Drop(remote, "not an ASF presence ping");
        var n = new RmcpHeader(rmcp.Sequence, RmcpClass.Asf).WriteTo(reply);
        n += new AsfMessage(AsfMessageType.PresencePong, asf.Tag, PresencePong.Size).WriteTo(reply[n..]);
        n += PresencePong.Ipmi.WriteTo(reply[n..]);
        return n;
    }

    private int Drop(IPEndPoint remote, string reason)
    {
        logger.Dropped(remote, reason);
        return 0;
    }

    private Prepared DropPrepared(IPEndPoint remote, string reason)
    {
        logger.Dropped(remote, reason);
        return default;
    }

    private enum Framing
    {
        None,
        Ipmi15,
        Ipmi20,
    }

    /// <summary>A request ready for dispatch: its framing, its session (null outside one), and its plaintext IPMI message length in scratch.</summary>
    private readonly record struct Prepared(Framing Framing, Session? Session, int MessageLength);
}
