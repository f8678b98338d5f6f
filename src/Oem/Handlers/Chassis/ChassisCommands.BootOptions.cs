using Ipmi.Protocol;
using Ipmi.Protocol.Chassis;
using Ipmi.Protocol.Commands;

namespace Oem.Handlers.Chassis;

public sealed partial class ChassisCommands
{
    private const byte ParameterNotSupported = 0x80; // §28.12/28.13 completion code
    private const byte SetAlreadyInProgress = 0x81;

    /// <summary>
    /// Set System Boot Options, §28.12: parameters 0 (set in progress), 3 (boot flag valid bit clearing: FreeIPMI's
    /// ipmi-config post-commit sends 1F, pyghmi's set_bootdev 08), 4 (boot info acknowledge: write mask, data) and 5
    /// (boot flags), as `ipmitool chassis bootdev pxe` sends them (0: 01; 4: 01 01; 5: 80 04 00 00 00; 0: 02; 0: 00).
    /// The service partition (1, 2), boot initiator (6) and mailbox (7) parameters are not kept: 0x80.
    /// </summary>
    private CommandResult SetBootOptions(CommandContext context, ReadOnlySpan<byte> request, Span<byte> response)
    {
        if (!SetSystemBootOptionsRequest.TryParse(request, out var set))
            return CompletionCode.RequestDataLengthInvalid;
        var data = set.Data.Span;
        switch (set.Parameter)
        {
            case BootOptionParameter.SetInProgress:
                if (data.Length != 1)
                    return CompletionCode.RequestDataLengthInvalid;
                if ((data[0] & 0x03) == 3)
                    return CompletionCode.InvalidDataField;
                return boot.TrySetInProgress((byte)(data[0] & 0x03)) ? CommandResult.Ok(0) : (CompletionCode)SetAlreadyInProgress;
            case BootOptionParameter.BootFlagValidBitClearing:
                if (data.Length != 1)
                    return CompletionCode.RequestDataLengthInvalid;
                boot.SetValidBitClearing(data[0]);
                return CommandResult.Ok(0);
            case BootOptionParameter.BootInfoAcknowledge:
                if (data.Length != 2)
                    return CompletionCode.RequestDataLengthInvalid;
                boot.Acknowledge(data[0], data[1]);
                return CommandResult.Ok(0);
            case BootOptionParameter.BootFlags:
                if (data.Length != BootFlags.Length || !BootFlags.TryParse(data, out var flags))
                    return CompletionCode.RequestDataLengthInvalid;
                boot.SetFlags(flags);
                return CommandResult.Ok(0);
            default:
                return (CompletionCode)ParameterNotSupported;
        }
    }

    /// <summary>Get System Boot Options, §28.13: parameter version 1, the parameter (valid, unlocked) and its data.</summary>
    private CommandResult GetBootOptions(CommandContext context, ReadOnlySpan<byte> request, Span<byte> response)
    {
        if (request.Length != GetSystemBootOptionsRequest.Length || !GetSystemBootOptionsRequest.TryParse(request, out var get))
            return CompletionCode.RequestDataLengthInvalid;
        byte[] data;
        switch (get.Parameter)
        {
            case BootOptionParameter.SetInProgress:
                data = [boot.SetInProgress];
                break;
            case BootOptionParameter.BootFlagValidBitClearing:
                data = [boot.ValidBitClearing];
                break;
            case BootOptionParameter.BootInfoAcknowledge:
                data = [0x00, boot.InfoAcknowledge];
                break;
            case BootOptionParameter.BootFlags:
                data = new byte[BootFlags.Length];
                boot.Flags.WriteTo(data);
                break;
            default:
                return (CompletionCode)ParameterNotSupported;
        }
        return CommandResult.Ok(new GetSystemBootOptionsResponse(get.Parameter, data).WriteTo(response));
    }
}
