using I2cBridge;
using Ipmi.Protocol;
using Ipmi.Protocol.Chassis;
using Ipmi.Protocol.Commands;
using Oem.Node;

namespace Oem.Handlers.Chassis;

public sealed partial class ChassisCommands
{
    /// <summary>
    /// Chassis Control, §28.3: actions 0-5 through <see cref="ChassisActions"/>. Unsupported or reserved actions are
    /// 0xCC; a reset or diagnostic interrupt while the system is off is 0xD5; an action whose power-good state never
    /// came is 0xFF. An action still running after <see cref="ChassisOptions.ControlResponseDeadline"/> is
    /// acknowledged and finishes in the background; the same action asked for again meanwhile is acknowledged at
    /// once and not run again.
    /// </summary>
    private async ValueTask<CommandResult> ControlAsync(CommandContext context, ReadOnlyMemory<byte> request, Memory<byte> response, CancellationToken cancellationToken)
    {
        if (request.Length != ChassisControlRequest.Length || !ChassisControlRequest.TryParse(request.Span, out var control))
            return CompletionCode.RequestDataLengthInvalid;
        var power = actions!.Power;
        switch (control.Action)
        {
            case > ChassisControlAction.SoftShutdown:
            case ChassisControlAction.HardReset when !power.SupportsHardReset:
            case ChassisControlAction.PulseDiagnosticInterrupt when !power.SupportsDiagnosticInterrupt:
                return CompletionCode.InvalidDataField;
            case ChassisControlAction.HardReset or ChassisControlAction.PulseDiagnosticInterrupt:
                if (!(await power.GetStatusAsync(cancellationToken).ConfigureAwait(false)).PowerOn)
                    return CompletionCode.NotSupportedInPresentState;
                break;
        }
        // The action must not stop when the client stops waiting: it runs on its own token. A retransmission of the
        // action under way is acknowledged at once, before the client's next one.
        var running = actions.Start(control.Action, Ipmi.Protocol.Chassis.RestartCause.ChassisControlCommand, context.Channel, out var joined);
        if (joined)
            return CommandResult.Ok(0);
        var first = await Task.WhenAny(running, Task.Delay(options.ControlResponseDeadline, time, cancellationToken)).ConfigureAwait(false);
        if (first != running)
        {
            _ = running.ContinueWith(
                t => HandlerLog.BackgroundPowerActionFailed(logger, control.Action.ToString(), t.Exception!.GetBaseException().Message),
                CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            return CommandResult.Ok(0);
        }
        try
        {
            await running.ConfigureAwait(false);
        }
        catch (PowerConfirmationException)
        {
            return CompletionCode.Unspecified;
        }
        catch (NotSupportedException)
        {
            return CompletionCode.InvalidDataField;
        }
        return CommandResult.Ok(0);
    }

    /// <summary>
    /// Chassis Identify, §28.5: no data = 15 s, an interval (0 = off), or force on. Without an identify LED the
    /// command is 0xC1 as if unimplemented.
    /// </summary>
    private async ValueTask<CommandResult> IdentifyAsync(CommandContext context, ReadOnlyMemory<byte> request, Memory<byte> response, CancellationToken cancellationToken)
    {
        if (identify is null)
            return CompletionCode.InvalidCommand;
        if (request.Length > 2 || !ChassisIdentifyRequest.TryParse(request.Span, out var identifyRequest))
            return CompletionCode.RequestDataLengthInvalid;
        var (state, duration) = identifyRequest.Effect;
        await identify.ApplyAsync(state, duration, cancellationToken).ConfigureAwait(false);
        return CommandResult.Ok(0);
    }
}
