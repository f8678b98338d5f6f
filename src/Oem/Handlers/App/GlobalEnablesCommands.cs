using Ipmi.Protocol;
using Ipmi.Protocol.App;
using Ipmi.Protocol.Commands;
using Oem.Handlers.Sel;

namespace Oem.Handlers.App;

/// <summary>
/// Set and Get BMC Global Enables (IPMI v2.0 §22.1-22.2), as `ipmitool mc setenables` / `mc getenables` send them.
/// Only System Event Logging is implemented (it gates the SEL); the interrupt, event-buffer and OEM bits belong to a
/// system interface the sidecar does not have, so enabling them is refused (0xCC) and they read as off. The state
/// starts enabled at every start-up, as a BMC's does at initialization.
/// </summary>
public sealed class GlobalEnablesCommands(SelStore sel) : ICommandSource
{
    public IEnumerable<CommandRegistration> Commands =>
    [
        new(NetFn.App, SetBmcGlobalEnablesRequest.Command, PrivilegeLevel.Administrator, SyncHandler.Of(Set)),
        new(NetFn.App, GetBmcGlobalEnablesResponse.Command, PrivilegeLevel.User, SyncHandler.Of(Get)),
    ];

    private CommandResult Set(CommandContext context, ReadOnlySpan<byte> request, Span<byte> response)
    {
        if (!SetBmcGlobalEnablesRequest.TryParse(request, out var set))
            return CompletionCode.RequestDataLengthInvalid;
        if ((set.Enables & ~BmcGlobalEnables.SystemEventLogging) != 0)
            return CompletionCode.InvalidDataField;
        sel.SystemEventLogging = set.Enables.HasFlag(BmcGlobalEnables.SystemEventLogging);
        return CommandResult.Ok(0);
    }

    private CommandResult Get(CommandContext context, ReadOnlySpan<byte> request, Span<byte> response)
    {
        if (!request.IsEmpty)
            return CompletionCode.RequestDataLengthInvalid;
        var enables = sel.SystemEventLogging ? BmcGlobalEnables.SystemEventLogging : BmcGlobalEnables.None;
        return CommandResult.Ok(new GetBmcGlobalEnablesResponse(enables).WriteTo(response));
    }
}
