using Ipmi.Protocol;
using Ipmi.Protocol.Chassis;
using Ipmi.Protocol.Commands;
using Ipmi.Protocol.Sdr;
using Microsoft.Extensions.Logging;

namespace Oem.Handlers.Chassis;

/// <summary>
/// The chassis device commands (IPMI v2.0 §28, chassis netFn) over the node's power control and
/// identify LED: capabilities, status, control, identify, power restore policy, restart cause, boot
/// options and the power-on hours counter. Nothing is registered when the node has no power control (0xC1).
/// Privileges per Appendix G.
/// </summary>
public sealed partial class ChassisCommands(
    ChassisActions? actions,
    IdentifyController? identify,
    ChassisPolicy policy,
    BootOptions boot,
    PowerOnHours hours,
    ChassisOptions options,
    TimeProvider time,
    ILogger<ChassisCommands> logger) : ICommandSource
{
    public IEnumerable<CommandRegistration> Commands => actions is null ? [] :
    [
        new(NetFn.Chassis, GetChassisCapabilitiesResponse.Command, PrivilegeLevel.User, SyncHandler.Of(GetCapabilities)),
        new(NetFn.Chassis, GetChassisStatusResponse.Command, PrivilegeLevel.User, GetStatusAsync),
        new(NetFn.Chassis, ChassisControlRequest.Command, PrivilegeLevel.Operator, ControlAsync),
        new(NetFn.Chassis, ChassisIdentifyRequest.Command, PrivilegeLevel.Operator, IdentifyAsync),
        new(NetFn.Chassis, SetPowerRestorePolicyRequest.Command, PrivilegeLevel.Operator, SyncHandler.Of(SetRestorePolicy)),
        new(NetFn.Chassis, GetSystemRestartCauseResponse.Command, PrivilegeLevel.User, SyncHandler.Of(GetRestartCause)),
        new(NetFn.Chassis, SetSystemBootOptionsRequest.Command, PrivilegeLevel.Operator, SyncHandler.Of(SetBootOptions)),
        new(NetFn.Chassis, GetSystemBootOptionsRequest.Command, PrivilegeLevel.Operator, SyncHandler.Of(GetBootOptions)),
        new(NetFn.Chassis, GetPohCounterResponse.Command, PrivilegeLevel.User, SyncHandler.Of(GetPohCounter)),
    ];

    /// <summary>Get Chassis Capabilities, §28.1: the BMC at 0x20 is every chassis device.</summary>
    private CommandResult GetCapabilities(CommandContext context, ReadOnlySpan<byte> request, Span<byte> response)
    {
        if (!request.IsEmpty)
            return CompletionCode.RequestDataLengthInvalid;
        var flags = actions!.Power.SupportsDiagnosticInterrupt ? ChassisCapabilityFlags.DiagnosticInterrupt : ChassisCapabilityFlags.None;
        var bmc = SensorOwner.Bmc;
        return CommandResult.Ok(new GetChassisCapabilitiesResponse(flags, bmc, bmc, bmc, bmc).WriteTo(response));
    }

    /// <summary>Get Chassis Status, §28.2: power state (one bus read), restore policy, last power event, identify.</summary>
    private async ValueTask<CommandResult> GetStatusAsync(CommandContext context, ReadOnlyMemory<byte> request, Memory<byte> response, CancellationToken cancellationToken)
    {
        if (!request.IsEmpty)
            return CompletionCode.RequestDataLengthInvalid;
        var status = await actions!.Power.GetStatusAsync(cancellationToken).ConfigureAwait(false);
        hours.Observe(status.PowerOn, time.GetUtcNow());
        var answer = new GetChassisStatusResponse(
            status.PowerOn,
            policy.RestorePolicy,
            status.PowerFault ? PowerFaults.PowerControlFault : PowerFaults.None,
            actions.LastPowerOnByIpmi ? LastPowerEvents.PowerOnByIpmi : LastPowerEvents.None,
            IdentifySupported: identify is not null,
            Identify: identify?.State ?? IdentifyState.Off);
        return CommandResult.Ok(answer.WriteTo(response.Span));
    }

    /// <summary>Get System Restart Cause, §28.11.</summary>
    private CommandResult GetRestartCause(CommandContext context, ReadOnlySpan<byte> request, Span<byte> response)
    {
        if (!request.IsEmpty)
            return CompletionCode.RequestDataLengthInvalid;
        var (cause, channel) = actions!.LastRestart;
        return CommandResult.Ok(new GetSystemRestartCauseResponse(cause, channel).WriteTo(response));
    }

    /// <summary>Get POH Counter, §28.14: 60 minutes per count.</summary>
    private CommandResult GetPohCounter(CommandContext context, ReadOnlySpan<byte> request, Span<byte> response) =>
        request.IsEmpty
            ? CommandResult.Ok(new GetPohCounterResponse(PowerOnHours.MinutesPerCount, hours.Counter).WriteTo(response))
            : CompletionCode.RequestDataLengthInvalid;

    /// <summary>Set Power Restore Policy, §28.8: all three policies supported; 3 changes nothing and reports support.</summary>
    private CommandResult SetRestorePolicy(CommandContext context, ReadOnlySpan<byte> request, Span<byte> response)
    {
        if (request.Length != SetPowerRestorePolicyRequest.Length || !SetPowerRestorePolicyRequest.TryParse(request, out var set))
            return CompletionCode.RequestDataLengthInvalid;
        if ((byte)set.Policy > (byte)PowerRestorePolicy.NoChangeOrUnknown)
            return CompletionCode.InvalidDataField;
        if (set.Policy != PowerRestorePolicy.NoChangeOrUnknown)
            policy.RestorePolicy = set.Policy;
        return CommandResult.Ok(new SetPowerRestorePolicyResponse(SetPowerRestorePolicyResponse.AllSupported).WriteTo(response));
    }
}
