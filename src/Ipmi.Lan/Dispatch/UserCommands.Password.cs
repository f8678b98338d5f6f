using Ipmi.Lan.Commands;
using Ipmi.Protocol;
using Ipmi.Protocol.Commands;

namespace Ipmi.Lan.Dispatch;

public sealed partial class UserCommands
{
    /// <summary>
    /// §22.30: disable or enable the user, set the password (trailing zero padding is not part of it), or test
    /// it: 80h when it does not match, 81h when a 16-byte test meets a password longer than 16 bytes.
    /// </summary>
    private ValueTask<CommandResult> SetUserPassword(CommandContext context, ReadOnlyMemory<byte> request, Memory<byte> response, CancellationToken cancellationToken)
    {
        if (!SetUserPasswordRequest.TryParse(request, out var parsed))
            return Done(CompletionCode.RequestDataLengthInvalid);
        if (!IsChangeable(parsed.UserId))
            return Done(CompletionCode.InvalidDataField);
        switch (parsed.Operation)
        {
            case UserPasswordOperation.DisableUser or UserPasswordOperation.EnableUser:
                var enable = parsed.Operation == UserPasswordOperation.EnableUser;
                users.TryUpdate(parsed.UserId, u => u.WithEnabled(enable));
                logger.UserChanged(parsed.UserId, enable ? "enabled" : "disabled", context.UserId);
                return Done(CommandResult.Ok(0));
            case UserPasswordOperation.SetPassword:
                var password = parsed.PasswordBytes.ToArray();
                users.TryUpdate(parsed.UserId, u => u.WithPassword(password));
                logger.UserChanged(parsed.UserId, "password", context.UserId);
                return Done(CommandResult.Ok(0));
            default:
                var user = Slot(parsed.UserId);
                if (!parsed.TwentyByteForm && user.Password.Length > SetUserPasswordRequest.ShortForm)
                    return Done(SetUserPasswordRequest.WrongPasswordSize);
                return Done(user.PasswordMatches(parsed.Password.Span) ? CommandResult.Ok(0) : SetUserPasswordRequest.TestFailed);
        }
    }
}
