using Ipmi.Lan.Commands;
using Ipmi.Lan.Sessions;
using Ipmi.Protocol;
using Ipmi.Protocol.Commands;

namespace Ipmi.Lan.Dispatch;

public sealed partial class SessionCommands
{
    /// <summary>§22.18: 0 reports the level; a level above the session's limit is 81h; OEM is 80h.</summary>
    private ValueTask<CommandResult> SetSessionPrivilegeLevel(
        CommandContext context, ReadOnlyMemory<byte> request, Memory<byte> response, CancellationToken cancellationToken)
    {
        if (!SetSessionPrivilegeLevelRequest.TryParse(request.Span, out var parsed))
            return Done(CompletionCode.RequestDataLengthInvalid);
        if (!sessions.TryGet(context.SessionId, SessionState.Active, out var session))
            return Done(CompletionCode.InvalidDataField);
        var level = parsed.Level;
        if (level > PrivilegeLevel.Oem)
            return Done(CompletionCode.InvalidDataField);
        if (level == PrivilegeLevel.Oem)
            return Done(SetSessionPrivilegeLevelRequest.NotAvailableForUser);
        lock (session.Sync)
        {
            if (level != PrivilegeLevel.Unspecified)
            {
                if (level > session.MaximumPrivilege)
                    return Done(SetSessionPrivilegeLevelRequest.ExceedsLimit);
                session.Privilege = level;
            }
            response.Span[0] = (byte)session.Privilege;
        }
        return Done(CommandResult.Ok(1));
    }

    /// <summary>§22.19: closing the caller's own session takes effect after its response is sent; closing another needs Administrator.</summary>
    private ValueTask<CommandResult> CloseSession(
        CommandContext context, ReadOnlyMemory<byte> request, Memory<byte> response, CancellationToken cancellationToken)
    {
        if (!CloseSessionRequest.TryParse(request.Span, out var parsed))
            return Done(CompletionCode.RequestDataLengthInvalid);
        var target = parsed.SessionId != 0
            ? sessions.Active().FirstOrDefault(s => s.Id == parsed.SessionId)
            : sessions.Active().FirstOrDefault(s => s.Handle == parsed.Handle);
        if (target is null)
            return Done(parsed.SessionId != 0 ? CloseSessionRequest.InvalidSessionId : CloseSessionRequest.InvalidHandle);
        if (target.Id == context.SessionId)
        {
            target.CloseRequested = true;
            return Done(CommandResult.Ok(0));
        }
        if (context.Privilege < PrivilegeLevel.Administrator)
            return Done(CompletionCode.InsufficientPrivilege);
        sessions.Remove(target);
        logger.SessionClosed(target.Id);
        return Done(CommandResult.Ok(0));
    }

    /// <summary>§22.20: this session, the Nth active one, or one found by handle or ID; handle 0 when there is none.</summary>
    private ValueTask<CommandResult> GetSessionInfo(
        CommandContext context, ReadOnlyMemory<byte> request, Memory<byte> response, CancellationToken cancellationToken)
    {
        if (!GetSessionInfoRequest.TryParse(request.Span, out var parsed))
            return Done(CompletionCode.RequestDataLengthInvalid);
        if (parsed.Index is > SessionTable.MaxHandles and < GetSessionInfoRequest.ByHandle)
            return Done(CompletionCode.InvalidDataField);
        sessions.Sweep();
        var active = sessions.Active().ToList();
        var session = parsed.Index switch
        {
            GetSessionInfoRequest.Current => active.FirstOrDefault(s => s.Id == context.SessionId),
            GetSessionInfoRequest.ByHandle => active.FirstOrDefault(s => s.Handle == parsed.Handle),
            GetSessionInfoRequest.ById => active.FirstOrDefault(s => s.Id == parsed.SessionId),
            _ => parsed.Index <= active.Count ? active[parsed.Index - 1] : null,
        };
        var answer = session is null
            ? new GetSessionInfoResponse(0, (byte)sessions.MaxSessions, (byte)active.Count, 0, 0, 0, null)
            : new GetSessionInfoResponse(session.Handle, (byte)sessions.MaxSessions, (byte)active.Count,
                session.User?.Id ?? 0, session.Privilege, _options.ChannelNumber, session.Remote);
        return Done(CommandResult.Ok(answer.WriteTo(response.Span)));
    }
}
