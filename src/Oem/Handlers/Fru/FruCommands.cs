using Ipmi.Protocol;
using Ipmi.Protocol.Commands;
using Ipmi.Protocol.Storage;
using Oem.Node;

namespace Oem.Handlers.Fru;

/// <summary>
/// The FRU inventory device commands (IPMI v2.0 §34, storage netFn) over the node's <see cref="IFruStore"/>, FRU
/// device 0 only (others 0xCB). Reads are at most <see cref="MaxReadCount"/> bytes; a larger count is 0xCA, which
/// ipmitool answers by halving its chunk. Nothing is registered when the node has no FRU (0xC1).
/// </summary>
public sealed class FruCommands(IManagedNode node) : ICommandSource
{
    public const int MaxReadCount = 0x7F;

    public IEnumerable<CommandRegistration> Commands => node.Fru is null ? [] :
    [
        new(NetFn.Storage, GetFruInventoryAreaInfoResponse.Command, PrivilegeLevel.User, SyncHandler.Of(GetAreaInfo)),
        new(NetFn.Storage, ReadFruDataRequest.Command, PrivilegeLevel.User, ReadAsync),
        new(NetFn.Storage, WriteFruDataRequest.Command, PrivilegeLevel.Operator, WriteAsync),
    ];

    private IFruStore Store => node.Fru!;

    /// <summary>Get FRU Inventory Area Info, §34.1: the store's size, byte access.</summary>
    private CommandResult GetAreaInfo(CommandContext context, ReadOnlySpan<byte> request, Span<byte> response)
    {
        if (request.Length != GetFruInventoryAreaInfoRequest.Length || !GetFruInventoryAreaInfoRequest.TryParse(request, out var get))
            return CompletionCode.RequestDataLengthInvalid;
        if (get.FruDeviceId != 0)
            return CompletionCode.RequestedDataNotPresent;
        return CommandResult.Ok(new GetFruInventoryAreaInfoResponse((ushort)Math.Min(Store.Size, ushort.MaxValue)).WriteTo(response));
    }

    /// <summary>Read FRU Data, §34.2: a read running past the end returns the bytes up to the end.</summary>
    private async ValueTask<CommandResult> ReadAsync(CommandContext context, ReadOnlyMemory<byte> request, Memory<byte> response, CancellationToken cancellationToken)
    {
        if (request.Length != ReadFruDataRequest.Length || !ReadFruDataRequest.TryParse(request.Span, out var read))
            return CompletionCode.RequestDataLengthInvalid;
        if (read.FruDeviceId != 0)
            return CompletionCode.RequestedDataNotPresent;
        if (read.Offset >= Store.Size)
            return CompletionCode.ParameterOutOfRange;
        if (read.Count > MaxReadCount)
            return CompletionCode.CannotReturnRequestedBytes;
        var count = Math.Min(read.Count, Store.Size - read.Offset);
        var data = await Store.ReadAsync(read.Offset, count, cancellationToken).ConfigureAwait(false);
        return CommandResult.Ok(new ReadFruDataResponse(data).WriteTo(response.Span));
    }

    /// <summary>Write FRU Data, §34.3: the whole range must fit; the answer is the count written.</summary>
    private async ValueTask<CommandResult> WriteAsync(CommandContext context, ReadOnlyMemory<byte> request, Memory<byte> response, CancellationToken cancellationToken)
    {
        if (!WriteFruDataRequest.TryParse(request.Span, out var write) || write.Data.IsEmpty)
            return CompletionCode.RequestDataLengthInvalid;
        if (write.FruDeviceId != 0)
            return CompletionCode.RequestedDataNotPresent;
        if (write.Offset + write.Data.Length > Store.Size)
            return CompletionCode.ParameterOutOfRange;
        await Store.WriteAsync(write.Offset, write.Data, cancellationToken).ConfigureAwait(false);
        return CommandResult.Ok(new WriteFruDataResponse((byte)write.Data.Length).WriteTo(response.Span));
    }
}
