using Ipmi.Protocol;
using Ipmi.Protocol.App;
using Ipmi.Protocol.Commands;

namespace Oem.Handlers.SystemInfo;

/// <summary>
/// Get/Set System Info Parameters (IPMI v2.0 §22.14a-b, App netFn): set in progress (0) and the string parameters
/// 1-7 (firmware version, system name, primary OS name, OS name, present OS version, BMC URL, hypervisor URL) in
/// 16-byte blocks chosen by the set selector, as FreeIPMI bmc-info and ipmitool `mc getsysinfo` read them. Other
/// parameters are 0x80. Get is User, Set Administrator (Appendix G).
/// </summary>
public sealed class SystemInfoCommands(SystemInfoStore store) : ICommandSource
{
    private const byte ParameterNotSupported = 0x80;
    private const byte SetAlreadyInProgress = 0x81;

    private readonly Lock _lock = new();
    private byte _setInProgress;

    public IEnumerable<CommandRegistration> Commands =>
    [
        new(NetFn.App, GetSystemInfoParametersRequest.Command, PrivilegeLevel.User, SyncHandler.Of(Get)),
        new(NetFn.App, SetSystemInfoParametersRequest.Command, PrivilegeLevel.Administrator, SyncHandler.Of(Set)),
    ];

    private static bool IsString(SystemInfoParameter parameter) =>
        parameter is >= SystemInfoParameter.SystemFirmwareVersion and <= SystemInfoParameter.BaseOsHypervisorUrl;

    private CommandResult Get(CommandContext context, ReadOnlySpan<byte> request, Span<byte> response)
    {
        if (request.Length != GetSystemInfoParametersRequest.Length || !GetSystemInfoParametersRequest.TryParse(request, out var get))
            return CompletionCode.RequestDataLengthInvalid;
        if (get.Parameter != SystemInfoParameter.SetInProgress && !IsString(get.Parameter))
            return (CompletionCode)ParameterNotSupported;
        if (get.RevisionOnly)
            return CommandResult.Ok(new GetSystemInfoParametersResponse(ReadOnlyMemory<byte>.Empty).WriteTo(response));
        if (get.Parameter == SystemInfoParameter.SetInProgress)
        {
            lock (_lock)
                return CommandResult.Ok(new GetSystemInfoParametersResponse(new[] { _setInProgress }).WriteTo(response));
        }
        if (get.SetSelector >= SystemInfoStore.MaxBlocks)
            return CompletionCode.ParameterOutOfRange;
        byte[] data = [get.SetSelector, .. store.ReadBlock((int)get.Parameter, get.SetSelector)];
        return CommandResult.Ok(new GetSystemInfoParametersResponse(data).WriteTo(response));
    }

    private CommandResult Set(CommandContext context, ReadOnlySpan<byte> request, Span<byte> response)
    {
        if (!SetSystemInfoParametersRequest.TryParse(request, out var set))
            return CompletionCode.RequestDataLengthInvalid;
        var data = set.Data.Span;
        if (set.Parameter == SystemInfoParameter.SetInProgress)
        {
            if (data.Length != 1)
                return CompletionCode.RequestDataLengthInvalid;
            lock (_lock)
            {
                var value = (byte)(data[0] & 0x03);
                if (value == 3)
                    return CompletionCode.InvalidDataField;
                if (value == 1 && _setInProgress == 1)
                    return (CompletionCode)SetAlreadyInProgress;
                if (value != 2)
                    _setInProgress = value;
                return CommandResult.Ok(0);
            }
        }
        if (!IsString(set.Parameter))
            return (CompletionCode)ParameterNotSupported;
        if (data.Length is < 2 or > 1 + SystemInfoStore.BlockLength)
            return CompletionCode.RequestDataLengthInvalid;
        if (data[0] >= SystemInfoStore.MaxBlocks)
            return CompletionCode.ParameterOutOfRange;
        return store.WriteBlock((int)set.Parameter, data[0], data[1..]) ? CommandResult.Ok(0) : CompletionCode.InvalidDataField;
    }
}
