using Ipmi.Protocol;
using Ipmi.Protocol.Commands;
using Ipmi.Protocol.SensorEvent;
using Ipmi.Protocol.Storage;

namespace Oem.Handlers.Sensors;

/// <summary>
/// The SDR repository commands (IPMI v2.0 §33, storage netFn) and the same records as device SDRs (§35.2-35.4,
/// sensor/event netFn), over <see cref="SdrRepository"/>. Privileges per Appendix G (all User).
/// </summary>
public sealed class SdrCommands(SdrRepository repository) : ICommandSource
{
    private const int AllocationUnit = 16;

    public IEnumerable<CommandRegistration> Commands =>
    [
        new(NetFn.Storage, GetSdrRepositoryInfoResponse.Command, PrivilegeLevel.User, SyncHandler.Of(GetRepositoryInfo)),
        new(NetFn.Storage, 0x21, PrivilegeLevel.User, SyncHandler.Of(GetAllocationInfo)),
        new(NetFn.Storage, ReservationResponse.ReserveSdrRepositoryCommand, PrivilegeLevel.User,
            SyncHandler.Of((_, request, response) => Reserve(repository.RepositoryReservation, request, response))),
        new(NetFn.Storage, GetSdrRequest.Command, PrivilegeLevel.User,
            SyncHandler.Of((_, request, response) => GetSdr(repository.RepositoryReservation, request, response))),
        new(NetFn.SensorEvent, GetDeviceSdrInfoRequest.Command, PrivilegeLevel.User, SyncHandler.Of(GetDeviceSdrInfo)),
        new(NetFn.SensorEvent, GetSdrRequest.DeviceSdrCommand, PrivilegeLevel.User,
            SyncHandler.Of((_, request, response) => GetSdr(repository.DeviceReservation, request, response))),
        new(NetFn.SensorEvent, ReservationResponse.ReserveDeviceSdrRepositoryCommand, PrivilegeLevel.User,
            SyncHandler.Of((_, request, response) => Reserve(repository.DeviceReservation, request, response))),
    ];

    /// <summary>Get SDR Repository Info, §33.9: a read-only repository (no free space), reserve and allocation info supported.</summary>
    private CommandResult GetRepositoryInfo(CommandContext context, ReadOnlySpan<byte> request, Span<byte> response)
    {
        if (!request.IsEmpty)
            return CompletionCode.RequestDataLengthInvalid;
        var info = new GetSdrRepositoryInfoResponse(
            (ushort)repository.Count, 0, repository.LastAddition, repository.LastErase,
            SdrRepositorySupport.GetAllocationInfo | SdrRepositorySupport.Reserve);
        return CommandResult.Ok(info.WriteTo(response));
    }

    /// <summary>
    /// Get SDR Repository Allocation Info, §33.10, Table 33-4: the same five fields as Get SEL Allocation Info
    /// (§31.3), so that type writes it; 16-byte units, none free.
    /// </summary>
    private CommandResult GetAllocationInfo(CommandContext context, ReadOnlySpan<byte> request, Span<byte> response)
    {
        if (!request.IsEmpty)
            return CompletionCode.RequestDataLengthInvalid;
        var units = repository.Records.Sum(r => (r.Length + AllocationUnit - 1) / AllocationUnit);
        var largest = repository.Records.Max(r => (r.Length + AllocationUnit - 1) / AllocationUnit);
        return CommandResult.Ok(new GetSelAllocationInfoResponse((ushort)units, AllocationUnit, 0, 0, (byte)largest).WriteTo(response));
    }

    private static CommandResult Reserve(Reservation reservation, ReadOnlySpan<byte> request, Span<byte> response) =>
        request.IsEmpty
            ? CommandResult.Ok(new ReservationResponse(reservation.Reserve()).WriteTo(response))
            : CompletionCode.RequestDataLengthInvalid;

    /// <summary>
    /// Get SDR (§33.12) and Get Device SDR (§35.3): 0xFF bytes = the rest of the record; a read from a non-zero
    /// offset must quote the current reservation (0xC5); a count past the record's end is 0xCA; an unknown ID 0xCB.
    /// </summary>
    private CommandResult GetSdr(Reservation reservation, ReadOnlySpan<byte> request, Span<byte> response)
    {
        if (request.Length != GetSdrRequest.Length || !GetSdrRequest.TryParse(request, out var get))
            return CompletionCode.RequestDataLengthInvalid;
        if (get.Offset != 0 && !reservation.IsCurrent(get.ReservationId))
            return CompletionCode.ReservationCanceled;
        if (!repository.TryGet(get.RecordId, out var record, out var next))
            return CompletionCode.RequestedDataNotPresent;
        if (get.Offset >= record.Length)
            return CompletionCode.ParameterOutOfRange;
        var count = get.BytesToRead == GetSdrRequest.EntireRecord ? record.Length - get.Offset : get.BytesToRead;
        if (get.Offset + count > record.Length || 2 + count > response.Length)
            return CompletionCode.CannotReturnRequestedBytes;
        return CommandResult.Ok(new GetSdrResponse(next, record.AsMemory(get.Offset, count)).WriteTo(response));
    }

    /// <summary>Get Device SDR Info, §35.2: the sensor count (or SDR count when asked), static population on LUN 0.</summary>
    private CommandResult GetDeviceSdrInfo(CommandContext context, ReadOnlySpan<byte> request, Span<byte> response)
    {
        if (request.Length > 1 || !GetDeviceSdrInfoRequest.TryParse(request, out var get))
            return CompletionCode.RequestDataLengthInvalid;
        var count = get.CountSdrs == true ? repository.Count : repository.SensorCount;
        return CommandResult.Ok(new GetDeviceSdrInfoResponse((byte)count, GetDeviceSdrInfoResponse.Lun0HasSensors).WriteTo(response));
    }
}
