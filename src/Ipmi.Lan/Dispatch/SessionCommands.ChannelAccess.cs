using Ipmi.Lan.Commands;
using Ipmi.Protocol;
using Ipmi.Protocol.Commands;

namespace Ipmi.Lan.Dispatch;

public sealed partial class SessionCommands
{
    /// <summary>
    /// The LAN channel's access settings, volatile and non-volatile alike: always available, per-message and
    /// user-level authentication enforced, privilege limit Administrator, no PEF alerting (§22.22-22.23).
    /// </summary>
    public static readonly ChannelAccess LanChannelAccess = new(
        AlertingDisabled: true,
        PerMessageAuthenticationDisabled: false,
        UserLevelAuthenticationDisabled: false,
        ChannelAccessMode.AlwaysAvailable,
        PrivilegeLevel.Administrator);

    /// <summary>§22.23: the fixed <see cref="LanChannelAccess"/> for either copy.</summary>
    private ValueTask<CommandResult> GetChannelAccess(CommandContext context, ReadOnlyMemory<byte> request, Memory<byte> response, CancellationToken cancellationToken)
    {
        if (!GetChannelAccessRequest.TryParse(request.Span, out var parsed))
            return Done(CompletionCode.RequestDataLengthInvalid);
        if (!IsThisChannel(parsed.Channel) || parsed.Copy is not (ChannelAccessCopy.Volatile or ChannelAccessCopy.NonVolatile))
            return Done(CompletionCode.InvalidDataField);
        return Done(CommandResult.Ok(LanChannelAccess.WriteTo(response.Span)));
    }

    /// <summary>
    /// §22.22: accepted when it asks for what the channel already does (alerting may be named either way: none
    /// is sent); turning the channel off or pre-boot-only is 83h, disabling authentication or changing the
    /// privilege limit is CCh. Users are restricted with Set User Access instead.
    /// </summary>
    private ValueTask<CommandResult> SetChannelAccess(CommandContext context, ReadOnlyMemory<byte> request, Memory<byte> response, CancellationToken cancellationToken)
    {
        if (!SetChannelAccessRequest.TryParse(request.Span, out var parsed))
            return Done(CompletionCode.RequestDataLengthInvalid);
        if (!IsThisChannel(parsed.Channel) || parsed.AccessCopy == ChannelAccessCopy.Reserved || parsed.PrivilegeCopy == ChannelAccessCopy.Reserved)
            return Done(CompletionCode.InvalidDataField);
        var access = parsed.Access;
        if (parsed.AccessCopy != ChannelAccessCopy.None)
        {
            if (access.Mode != LanChannelAccess.Mode)
                return Done(SetChannelAccessRequest.AccessModeNotSupported);
            if (access.PerMessageAuthenticationDisabled || access.UserLevelAuthenticationDisabled)
                return Done(CompletionCode.InvalidDataField);
        }
        if (parsed.PrivilegeCopy != ChannelAccessCopy.None && access.PrivilegeLimit != LanChannelAccess.PrivilegeLimit)
            return Done(CompletionCode.InvalidDataField);
        return Done(CommandResult.Ok(0));
    }
}
