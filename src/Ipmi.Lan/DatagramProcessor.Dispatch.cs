using System.Net;
using Ipmi.Protocol.Commands;
using Ipmi.Protocol.Messages;
using Microsoft.Extensions.Logging;

namespace Ipmi.Lan;

public sealed partial class DatagramProcessor
{
    /// <summary>Parses the IPMI message (§13.8), answers a retry from the cache or runs the command, and frames the response.</summary>
    private async ValueTask<int> DispatchAsync(Prepared prepared, Memory<byte> reply, IPEndPoint remote, byte[] scratch, CancellationToken cancellationToken)
    {
        var session = prepared.Session;
        if (!TryReadKey(scratch.AsSpan(0, prepared.MessageLength), out var key))
            return Drop(remote, "malformed IPMI message");
        if (session is not null)
        {
            lock (session.Sync)
            {
                if (session.Retries.TryGetResponse(scratch.AsSpan(0, prepared.MessageLength), sessions.Now, _options.RetryWindow,
                        scratch.AsSpan(ResponseMessageOffset), out var cached))
                {
                    logger.RetryAnswered(key.ToString(), session.Id);
                    return WriteInSession(session, reply.Span, scratch.AsSpan(ResponseMessageOffset, cached));
                }
                if (session.Retries.IsRunning(scratch.AsSpan(0, prepared.MessageLength)))
                {
                    logger.RetryOfRunningRequest(key.ToString(), session.Id);
                    return 0;
                }
                session.Retries.Start(scratch.AsSpan(0, prepared.MessageLength));
            }
        }
        var context = session is null
            ? CommandContext.Sessionless(_options.ChannelNumber)
            : new CommandContext(session.Id, session.Privilege, session.User?.Id ?? 0, _options.ChannelNumber);
        CommandResult result;
        try
        {
            result = await dispatcher.DispatchAsync(
                key,
                context,
                scratch.AsMemory(IpmiRequest.HeaderLength, prepared.MessageLength - IpmiRequest.Overhead),
                scratch.AsMemory(ResponseDataOffset, CommandRegistration.MaxResponseData),
                cancellationToken).ConfigureAwait(false);
        }
        catch when (session is not null)
        {
            lock (session.Sync)
                session.Retries.Abandon();
            throw;
        }
        return Respond(prepared, result, reply.Span, scratch);
    }

    private static bool TryReadKey(ReadOnlySpan<byte> message, out CommandKey key)
    {
        key = default;
        if (!IpmiRequest.TryParse(message, out var request))
            return false;
        key = CommandKey.For(request.NetFn, request.Command, request.Data);
        return true;
    }

    private int Respond(Prepared prepared, CommandResult result, Span<byte> reply, byte[] scratch)
    {
        IpmiRequest.TryParse(scratch.AsSpan(0, prepared.MessageLength), out var request);
        var data = scratch.AsSpan(ResponseDataOffset, result.DataLength);
        var message = scratch.AsSpan(ResponseMessageOffset);
        var length = IpmiResponse.For(request, result.Code, data).WriteTo(message);
        var session = prepared.Session;
        if (session is null)
        {
            return prepared.Framing == Framing.Ipmi15
                ? WriteV15(reply, message[..length])
                : WriteSessionless(reply, Sessions.PayloadType.Ipmi, message[..length]);
        }
        int n;
        lock (session.Sync)
        {
            session.Retries.Store(scratch.AsSpan(0, prepared.MessageLength), message[..length], sessions.Now);
            n = WriteInSession(session, reply, message[..length]);
        }
        if (session.CloseRequested && sessions.Remove(session))
            logger.SessionClosed(session.Id);
        return n;
    }
}
