using Ipmi.Lan.Commands;
using Ipmi.Lan.Users;
using Ipmi.Protocol;
using Ipmi.Protocol.Commands;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ipmi.Lan.Dispatch;

/// <summary>
/// The user commands of the LAN channel (IPMI v2.0 §22.26-22.30) over the <see cref="IUserStore"/>: Get User
/// Access and Get User Name need Operator, the setters Administrator (Appendix G). User ID 1 is the fixed
/// null-name user (§22.27): it reads back as a disabled slot with an empty name and cannot be changed. The
/// channel privilege limit of Get User Access is the user's; link authentication and callback restriction
/// are reported off (there is no PPP or callback here): a request to set link authentication is accepted
/// and has no effect (`ipmitool channel setaccess … link=on` sends one), restricting a user to callback is
/// refused (CCh) rather than silently granting more.
/// </summary>
public sealed partial class UserCommands(IUserStore users, IOptions<LanOptions> options, ILogger<UserCommands> logger) : ICommandSource
{
    /// <summary>User ID 1: null user name, fixed (§22.27 "count of user IDs with fixed names").</summary>
    public const byte NullUserId = 1;

    private readonly LanOptions _options = options.Value;

    public IEnumerable<CommandRegistration> Commands =>
    [
        new(NetFn.App, GetUserAccessRequest.Command, PrivilegeLevel.Operator, GetUserAccess),
        new(NetFn.App, SetUserAccessRequest.Command, PrivilegeLevel.Administrator, SetUserAccess),
        new(NetFn.App, GetUserNameRequest.Command, PrivilegeLevel.Operator, GetUserName),
        new(NetFn.App, SetUserNameRequest.Command, PrivilegeLevel.Administrator, SetUserName),
        new(NetFn.App, SetUserPasswordRequest.Command, PrivilegeLevel.Administrator, SetUserPassword),
    ];

    private bool IsThisChannel(byte channel) => channel == SessionCommands.CurrentChannel || channel == _options.ChannelNumber;

    private bool IsUserId(byte id) => id >= 1 && id <= users.MaxUsers;

    /// <summary>A user ID the setters may change: in range and not the fixed null user.</summary>
    private bool IsChangeable(byte id) => IsUserId(id) && id != NullUserId;

    private UserAccount Slot(byte id) =>
        users.Get(id) ?? (id == NullUserId ? new UserAccount(id, "", [], PrivilegeLevel.NoAccess, enabled: false, ipmiMessaging: false) : UserAccount.Empty(id));

    /// <summary>§22.27.</summary>
    private ValueTask<CommandResult> GetUserAccess(CommandContext context, ReadOnlyMemory<byte> request, Memory<byte> response, CancellationToken cancellationToken)
    {
        if (!GetUserAccessRequest.TryParse(request.Span, out var parsed))
            return Done(CompletionCode.RequestDataLengthInvalid);
        if (!IsThisChannel(parsed.Channel) || !IsUserId(parsed.UserId))
            return Done(CompletionCode.InvalidDataField);
        var user = Slot(parsed.UserId);
        var answer = new GetUserAccessResponse(
            (byte)users.MaxUsers,
            user.Enabled,
            (byte)users.List().Count(u => u.Enabled && IsUserId(u.Id)),
            NullUserId,
            CallbackOnly: false,
            LinkAuthentication: false,
            user.IpmiMessaging,
            user.MaxPrivilege);
        return Done(CommandResult.Ok(answer.WriteTo(response.Span)));
    }

    /// <summary>§22.26: the privilege limit always; IPMI messaging when bit 7 says so. Levels 1-4 and 0Fh (no access).</summary>
    private ValueTask<CommandResult> SetUserAccess(CommandContext context, ReadOnlyMemory<byte> request, Memory<byte> response, CancellationToken cancellationToken)
    {
        if (!SetUserAccessRequest.TryParse(request.Span, out var parsed))
            return Done(CompletionCode.RequestDataLengthInvalid);
        if (!IsThisChannel(parsed.Channel) || !IsChangeable(parsed.UserId)
            || parsed.PrivilegeLimit is not (PrivilegeLevel.Callback or PrivilegeLevel.User or PrivilegeLevel.Operator
                or PrivilegeLevel.Administrator or PrivilegeLevel.NoAccess)
            || (parsed.ChangeFlags && parsed.CallbackOnly))
            return Done(CompletionCode.InvalidDataField);
        users.TryUpdate(parsed.UserId, u => u.WithAccess(parsed.PrivilegeLimit, parsed.ChangeFlags ? parsed.IpmiMessaging : u.IpmiMessaging));
        logger.UserChanged(parsed.UserId, "access", context.UserId);
        return Done(CommandResult.Ok(0));
    }

    /// <summary>§22.29: 16 zero bytes for the null user and unconfigured slots.</summary>
    private ValueTask<CommandResult> GetUserName(CommandContext context, ReadOnlyMemory<byte> request, Memory<byte> response, CancellationToken cancellationToken)
    {
        if (!GetUserNameRequest.TryParse(request.Span, out var parsed))
            return Done(CompletionCode.RequestDataLengthInvalid);
        if (!IsUserId(parsed.UserId))
            return Done(CompletionCode.InvalidDataField);
        return Done(CommandResult.Ok(new GetUserNameResponse(Slot(parsed.UserId).Name).WriteTo(response.Span)));
    }

    /// <summary>§22.28: a printable ASCII name, unique among the users (CCh otherwise, as for an empty name).</summary>
    private ValueTask<CommandResult> SetUserName(CommandContext context, ReadOnlyMemory<byte> request, Memory<byte> response, CancellationToken cancellationToken)
    {
        if (request.Length != SetUserNameRequest.Size)
            return Done(CompletionCode.RequestDataLengthInvalid);
        if (!SetUserNameRequest.TryParse(request.Span, out var parsed) || !IsChangeable(parsed.UserId)
            || parsed.Name.Length == 0 || !UserAccount.IsValidName(parsed.Name))
            return Done(CompletionCode.InvalidDataField);
        if (!users.TryUpdate(parsed.UserId, u => u.WithName(parsed.Name)))
            return Done(CompletionCode.InvalidDataField);
        logger.UserChanged(parsed.UserId, "name", context.UserId);
        return Done(CommandResult.Ok(0));
    }

    private static ValueTask<CommandResult> Done(CommandResult result) => ValueTask.FromResult(result);
}
