using Ipmi.Protocol;
using Ipmi.Protocol.App;
using Ipmi.Protocol.Commands;

namespace Oem.Handlers.Watchdog;

/// <summary>The watchdog commands (IPMI v2.0 §27.5-27.7, App netFn) over <see cref="WatchdogTimer"/>; privileges per Appendix G.</summary>
public sealed class WatchdogCommands(WatchdogTimer watchdog) : ICommandSource
{
    public IEnumerable<CommandRegistration> Commands =>
    [
        new(NetFn.App, WatchdogCommandCodes.Reset, PrivilegeLevel.Operator, SyncHandler.Of(Reset)),
        new(NetFn.App, WatchdogCommandCodes.Set, PrivilegeLevel.Operator, SyncHandler.Of(Set)),
        new(NetFn.App, WatchdogCommandCodes.Get, PrivilegeLevel.User, SyncHandler.Of(Get)),
    ];

    private CommandResult Reset(CommandContext context, ReadOnlySpan<byte> request, Span<byte> response)
    {
        if (!request.IsEmpty)
            return CompletionCode.RequestDataLengthInvalid;
        return watchdog.Reset() ? CommandResult.Ok(0) : (CompletionCode)WatchdogCommandCodes.NotInitialized;
    }

    /// <summary>Set Watchdog Timer, §27.6: a reserved timer use or action, or a pre-timeout longer than the countdown, is 0xCC.</summary>
    private CommandResult Set(CommandContext context, ReadOnlySpan<byte> request, Span<byte> response)
    {
        if (request.Length != SetWatchdogTimerRequest.Length || !SetWatchdogTimerRequest.TryParse(request, out var set))
            return CompletionCode.RequestDataLengthInvalid;
        var settings = set.Settings;
        if (settings.Use is WatchdogTimerUse.Reserved or > WatchdogTimerUse.Oem
            || settings.Action > WatchdogTimeoutAction.PowerCycle
            || settings.PreTimeoutInterrupt > WatchdogPreTimeoutInterrupt.MessagingInterrupt
            || settings.PreTimeoutSeconds * 10 > settings.InitialCountdown && settings.PreTimeoutInterrupt != WatchdogPreTimeoutInterrupt.None)
            return CompletionCode.InvalidDataField;
        watchdog.Set(set);
        return CommandResult.Ok(0);
    }

    private CommandResult Get(CommandContext context, ReadOnlySpan<byte> request, Span<byte> response) =>
        request.IsEmpty ? CommandResult.Ok(watchdog.Status.WriteTo(response)) : CompletionCode.RequestDataLengthInvalid;
}
