using Ipmi.Lan.Commands;
using Ipmi.Lan.LanConfig;
using Ipmi.Protocol;
using Ipmi.Protocol.Commands;
using Microsoft.Extensions.Options;

namespace Ipmi.Lan.Dispatch;

/// <summary>
/// Get and Set LAN Configuration Parameters (Transport 0Ch/02h and 01h, IPMI v2.0 §23.1-23.2) over
/// <see cref="LanConfiguration"/>: Operator may read, Administrator may write (Appendix G). Only the "set in
/// progress" lock can be written; every other known parameter answers 82h "read-only" — the host OS owns
/// the address, mask, gateway and VLAN, and the configuration file owns cipher suites and lockout.
/// </summary>
public sealed class LanConfigurationCommands(LanConfiguration configuration, IOptions<LanOptions> options) : ICommandSource
{
    private readonly LanOptions _options = options.Value;

    public IEnumerable<CommandRegistration> Commands =>
    [
        new(NetFn.Transport, GetLanConfigurationParametersRequest.Command, PrivilegeLevel.Operator, GetParameter),
        new(NetFn.Transport, SetLanConfigurationParametersRequest.Command, PrivilegeLevel.Administrator, SetParameter),
    ];

    private bool IsThisChannel(byte channel) => channel == SessionCommands.CurrentChannel || channel == _options.ChannelNumber;

    private ValueTask<CommandResult> GetParameter(CommandContext context, ReadOnlyMemory<byte> request, Memory<byte> response, CancellationToken cancellationToken)
    {
        if (!GetLanConfigurationParametersRequest.TryParse(request.Span, out var parsed))
            return Done(CompletionCode.RequestDataLengthInvalid);
        if (!IsThisChannel(parsed.Channel))
            return Done(CompletionCode.InvalidDataField);
        var span = response.Span;
        span[0] = LanConfiguration.Revision;
        if (parsed.RevisionOnly)
            return Done(CommandResult.Ok(1));
        var length = configuration.Write((LanParameter)parsed.Parameter, span[1..]);
        return Done(length < 0 ? SetLanConfigurationParametersRequest.ParameterNotSupported : CommandResult.Ok(1 + length));
    }

    private ValueTask<CommandResult> SetParameter(CommandContext context, ReadOnlyMemory<byte> request, Memory<byte> response, CancellationToken cancellationToken)
    {
        if (!SetLanConfigurationParametersRequest.TryParse(request, out var parsed))
            return Done(CompletionCode.RequestDataLengthInvalid);
        if (!IsThisChannel(parsed.Channel))
            return Done(CompletionCode.InvalidDataField);
        var parameter = (LanParameter)parsed.Parameter;
        if (parameter == LanParameter.SetInProgress)
            return Done(parsed.Data.Length == 1 ? configuration.SetInProgress(parsed.Data.Span[0]) : CompletionCode.RequestDataLengthInvalid);
        return Done(Enum.IsDefined(parameter)
            ? SetLanConfigurationParametersRequest.ReadOnlyParameter
            : SetLanConfigurationParametersRequest.ParameterNotSupported);
    }

    private static ValueTask<CommandResult> Done(CommandResult result) => ValueTask.FromResult(result);
}
