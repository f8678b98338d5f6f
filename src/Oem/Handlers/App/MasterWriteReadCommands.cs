using I2cBridge;
using Ipmi.Protocol;
using Ipmi.Protocol.App;
using Ipmi.Protocol.Commands;
using Oem.Node;

namespace Oem.Handlers.App;

/// <summary>
/// Master Write-Read (IPMI v2.0 §22.11, App netFn 0x52) through the node's bus queues, Administrator only. The
/// private bus number (bits 3:1) is the profile's bus ID; the public bus (IPMB) is not reachable here (0xCC). A
/// target outside the allowlist is refused with 0xCC "invalid data field", as phosphor-host-ipmid's allowlisted
/// Master Write-Read does; bus failures are 0x81 lost arbitration, 0x82 bus error, 0x83 NAK (an absent address NAKs
/// at once), 0x84 truncated read; timeouts and a full queue go to the completion code mapper (0xC3, 0xC0).
/// </summary>
public sealed class MasterWriteReadCommands(IManagedNode node, IReadOnlyList<I2cTarget> allowed) : ICommandSource
{
    public IEnumerable<CommandRegistration> Commands => node.I2c is null ? [] :
    [
        new(NetFn.App, MasterWriteReadRequest.Command, PrivilegeLevel.Administrator, WriteReadAsync),
    ];

    private async ValueTask<CommandResult> WriteReadAsync(CommandContext context, ReadOnlyMemory<byte> request, Memory<byte> response, CancellationToken cancellationToken)
    {
        if (!MasterWriteReadRequest.TryParse(request.Span, out var transfer))
            return CompletionCode.RequestDataLengthInvalid;
        if (transfer.ReadCount > response.Length)
            return CompletionCode.ParameterOutOfRange;
        var i2c = node.I2c!;
        if (!transfer.PrivateBus || !i2c.BusIds.Contains(transfer.BusId) || !allowed.Contains(new I2cTarget(transfer.BusId, transfer.Address7)))
            return CompletionCode.InvalidDataField;
        byte[] data;
        try
        {
            data = await i2c.WriteReadAsync(transfer.BusId, transfer.Address7, transfer.WriteData, transfer.ReadCount, cancellationToken).ConfigureAwait(false);
        }
        catch (I2cException e) when (e.Failure is I2cFailure.Nack or I2cFailure.ArbitrationLost or I2cFailure.BusError)
        {
            return (CompletionCode)(e.Failure switch
            {
                I2cFailure.ArbitrationLost => MasterWriteReadRequest.LostArbitration,
                I2cFailure.BusError => MasterWriteReadRequest.BusError,
                _ => MasterWriteReadRequest.NakOnWrite,
            });
        }
        data.CopyTo(response.Span);
        return new CommandResult(data.Length < transfer.ReadCount ? (CompletionCode)MasterWriteReadRequest.TruncatedRead : CompletionCode.Normal, data.Length);
    }
}
