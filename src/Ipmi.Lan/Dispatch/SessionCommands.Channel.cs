using Ipmi.Lan.Commands;
using Ipmi.Protocol;
using Ipmi.Protocol.Commands;

namespace Ipmi.Lan.Dispatch;

public sealed partial class SessionCommands
{
    /// <summary>§22.13: RMCP+ only (no v1.5 authentication types), K_G status, which kinds of user names can log in.</summary>
    private ValueTask<CommandResult> GetChannelAuthenticationCapabilities(
        CommandContext context, ReadOnlyMemory<byte> request, Memory<byte> response, CancellationToken cancellationToken)
    {
        if (!GetChannelAuthenticationCapabilitiesRequest.TryParse(request.Span, out var parsed))
            return Done(CompletionCode.RequestDataLengthInvalid);
        if (!IsThisChannel(parsed.Channel) || parsed.RequestedPrivilege is PrivilegeLevel.Unspecified or > PrivilegeLevel.Oem)
            return Done(CompletionCode.InvalidDataField);
        byte status = 0;
        if (_options.BmcKey is not null)
            status |= GetChannelAuthenticationCapabilitiesResponse.KgNonZero;
        foreach (var user in users.List())
        {
            if (!user.Enabled)
                continue;
            if (user.Name.Length > 0)
                status |= GetChannelAuthenticationCapabilitiesResponse.NonNullUserNames;
            else if (_options.AllowAnonymousLogin)
                status |= user.Password.Length > 0
                    ? GetChannelAuthenticationCapabilitiesResponse.NullUserNames
                    : GetChannelAuthenticationCapabilitiesResponse.AnonymousLogin;
        }
        var answer = new GetChannelAuthenticationCapabilitiesResponse(
            _options.ChannelNumber,
            parsed.ExtendedData ? GetChannelAuthenticationCapabilitiesResponse.ExtendedCapabilitiesAvailable : (byte)0,
            status,
            parsed.ExtendedData ? GetChannelAuthenticationCapabilitiesResponse.Ipmi20Connections : (byte)0,
            0,
            0);
        return Done(CommandResult.Ok(answer.WriteTo(response.Span)));
    }

    /// <summary>§22.15: the offered suites, 16 bytes per list index.</summary>
    private ValueTask<CommandResult> GetChannelCipherSuites(
        CommandContext context, ReadOnlyMemory<byte> request, Memory<byte> response, CancellationToken cancellationToken)
    {
        if (!GetChannelCipherSuitesRequest.TryParse(request.Span, out var parsed))
            return Done(CompletionCode.RequestDataLengthInvalid);
        if (!IsThisChannel(parsed.Channel) || parsed.PayloadType != 0)
            return Done(CompletionCode.InvalidDataField);
        var page = CipherSuiteRecords.Page(parsed.ListBySuite ? _suitesBySuite : _algorithms, parsed.ListIndex);
        var span = response.Span;
        span[0] = _options.ChannelNumber;
        page.CopyTo(span[1..]);
        return Done(CommandResult.Ok(1 + page.Length));
    }

    /// <summary>§22.24: an 802.3 LAN channel speaking IPMB-1.0 protocol, multi-session, with the active session count.</summary>
    private ValueTask<CommandResult> GetChannelInfo(
        CommandContext context, ReadOnlyMemory<byte> request, Memory<byte> response, CancellationToken cancellationToken)
    {
        if (!GetChannelInfoRequest.TryParse(request.Span, out var parsed))
            return Done(CompletionCode.RequestDataLengthInvalid);
        if (!IsThisChannel(parsed.Channel))
            return Done(CompletionCode.InvalidDataField);
        sessions.Sweep();
        var answer = new GetChannelInfoResponse(
            _options.ChannelNumber,
            GetChannelInfoResponse.Lan8023,
            GetChannelInfoResponse.Ipmb10,
            GetChannelInfoResponse.MultiSession,
            (byte)sessions.ActiveCount,
            GetChannelInfoResponse.IpmiForumIana);
        return Done(CommandResult.Ok(answer.WriteTo(response.Span)));
    }
}
