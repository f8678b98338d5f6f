using Ipmi.Protocol;
using Ipmi.Protocol.Commands;
using Ipmi.Protocol.Sel;
using Ipmi.Protocol.SensorEvent;
using Ipmi.Protocol.Sensors;
using Ipmi.Protocol.Storage;

namespace Oem.Handlers.Sel;

public sealed partial class SelCommands
{
    /// <summary>Event Logging Disabled (sensor type 0x10) offset 0x02: log area reset/cleared (Table 42-3).</summary>
    private const byte LogAreaCleared = 0x02;

    /// <summary>
    /// Get SEL Entry, §31.5: 0x0000 first, 0xFFFF last; 0xFF bytes = the rest of the record from the offset. A
    /// partial read (not the whole record from 0) must quote the current reservation (0xC5).
    /// </summary>
    private CommandResult GetEntry(CommandContext context, ReadOnlySpan<byte> request, Span<byte> response)
    {
        if (request.Length != GetSelEntryRequest.Length || !GetSelEntryRequest.TryParse(request, out var get))
            return CompletionCode.RequestDataLengthInvalid;
        var whole = get.Offset == 0 && (get.BytesToRead == GetSelEntryRequest.EntireRecord || get.BytesToRead >= SelRecord.Length);
        if (!whole && !_reservation.IsCurrent(get.ReservationId))
            return CompletionCode.ReservationCanceled;
        if (get.Offset >= SelRecord.Length)
            return CompletionCode.ParameterOutOfRange;
        var count = get.BytesToRead == GetSelEntryRequest.EntireRecord ? SelRecord.Length - get.Offset : get.BytesToRead;
        if (get.Offset + count > SelRecord.Length)
            return CompletionCode.CannotReturnRequestedBytes;
        if (!_store.TryGet(get.RecordId, out var record, out var next))
            return CompletionCode.RequestedDataNotPresent;
        Span<byte> bytes = stackalloc byte[SelRecord.Length];
        record.WriteTo(bytes);
        var data = bytes.Slice(get.Offset, count).ToArray();
        return CommandResult.Ok(new GetSelEntryResponse(next, data).WriteTo(response));
    }

    /// <summary>Add SEL Entry, §31.6: the controller assigns the record ID and the timestamp; 0xC4 when full.</summary>
    private CommandResult AddEntry(CommandContext context, ReadOnlySpan<byte> request, Span<byte> response)
    {
        if (request.Length != AddSelEntryRequest.Length || !AddSelEntryRequest.TryParse(request, out var add))
            return CompletionCode.RequestDataLengthInvalid;
        return _store.Add(add.Record) is { } id
            ? CommandResult.Ok(new RecordIdResponse(id).WriteTo(response))
            : CompletionCode.OutOfSpace;
    }

    /// <summary>Delete SEL Entry, §31.8: needs the current reservation.</summary>
    private CommandResult DeleteEntry(CommandContext context, ReadOnlySpan<byte> request, Span<byte> response)
    {
        if (request.Length != DeleteSelEntryRequest.Length || !DeleteSelEntryRequest.TryParse(request, out var delete))
            return CompletionCode.RequestDataLengthInvalid;
        if (!_reservation.IsCurrent(delete.ReservationId))
            return CompletionCode.ReservationCanceled;
        return _store.Delete(delete.RecordId) is { } id
            ? CommandResult.Ok(new RecordIdResponse(id).WriteTo(response))
            : CompletionCode.RequestedDataNotPresent;
    }

    /// <summary>
    /// Clear SEL, §31.9: 'CLR' then 0xAA erases (at once, so the answer is "erasure completed"), 0x00 asks the
    /// status. Erasing needs the current reservation and cancels it, so the status poll that follows (FreeIPMI
    /// ipmi-sel polls with the same ID) is answered without one. The cleared log's first entry records the
    /// clearing, as BMCs do.
    /// </summary>
    private CommandResult Clear(CommandContext context, ReadOnlySpan<byte> request, Span<byte> response)
    {
        if (request.Length != ClearSelRequest.Length)
            return CompletionCode.RequestDataLengthInvalid;
        if (!ClearSelRequest.TryParse(request, out var clear))
            return CompletionCode.InvalidDataField;
        if (clear.Initiate && !_reservation.IsCurrent(clear.ReservationId))
            return CompletionCode.ReservationCanceled;
        if (clear.Initiate)
        {
            _store.Clear();
            _store.LogSystemEvent(new EventMessage(
                EventMessage.IpmiV2Revision, SensorType.EventLoggingDisabled, BmcSensorNumbers.EventLog, false,
                EventReadingType.SensorSpecific, LogAreaCleared));
        }
        return CommandResult.Ok(new ClearSelResponse(Completed: true).WriteTo(response));
    }
}
