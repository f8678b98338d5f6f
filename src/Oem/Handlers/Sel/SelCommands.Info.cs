using Ipmi.Protocol;
using Ipmi.Protocol.Commands;
using Ipmi.Protocol.Sel;
using Ipmi.Protocol.Storage;

namespace Oem.Handlers.Sel;

public sealed partial class SelCommands
{
    /// <summary>Get SEL Info, §31.2: version 0x51, entries, free bytes, timestamps, reserve/delete/allocation support.</summary>
    private CommandResult GetInfo(CommandContext context, ReadOnlySpan<byte> request, Span<byte> response)
    {
        if (!request.IsEmpty)
            return CompletionCode.RequestDataLengthInvalid;
        var (count, addition, erase, overflow) = _store.Info;
        var support = SelSupport.GetAllocationInfo | SelSupport.Reserve | SelSupport.Delete | (overflow ? SelSupport.Overflow : 0);
        var free = (ushort)Math.Min((_store.Capacity - count) * SelRecord.Length, 0xFFFE);
        return CommandResult.Ok(new GetSelInfoResponse((ushort)count, free, addition, erase, support).WriteTo(response));
    }

    /// <summary>Get SEL Allocation Info, §31.3: one 16-byte unit per record.</summary>
    private CommandResult GetAllocationInfo(CommandContext context, ReadOnlySpan<byte> request, Span<byte> response)
    {
        if (!request.IsEmpty)
            return CompletionCode.RequestDataLengthInvalid;
        var free = (ushort)(_store.Capacity - _store.Info.Count);
        return CommandResult.Ok(new GetSelAllocationInfoResponse((ushort)_store.Capacity, SelRecord.Length, free, free, 1).WriteTo(response));
    }

    /// <summary>Reserve SEL, §31.4.</summary>
    private CommandResult Reserve(CommandContext context, ReadOnlySpan<byte> request, Span<byte> response) =>
        request.IsEmpty
            ? CommandResult.Ok(new ReservationResponse(_reservation.Reserve()).WriteTo(response))
            : CompletionCode.RequestDataLengthInvalid;

    /// <summary>Get SEL Time, §31.10.</summary>
    private CommandResult GetTime(CommandContext context, ReadOnlySpan<byte> request, Span<byte> response) =>
        request.IsEmpty ? CommandResult.Ok(new SelTime(_store.Clock.Now).WriteTo(response)) : CompletionCode.RequestDataLengthInvalid;

    /// <summary>Set SEL Time, §31.11: moves the SEL clock's offset (persisted) so it reads the given time now.</summary>
    private CommandResult SetTime(CommandContext context, ReadOnlySpan<byte> request, Span<byte> response)
    {
        if (request.Length != SelTime.Length || !SelTime.TryParse(request, out var time))
            return CompletionCode.RequestDataLengthInvalid;
        _store.Clock.Set(time.Timestamp);
        return CommandResult.Ok(0);
    }

    /// <summary>Get SEL Time UTC Offset, §31.11a.</summary>
    private CommandResult GetUtcOffset(CommandContext context, ReadOnlySpan<byte> request, Span<byte> response) =>
        request.IsEmpty
            ? CommandResult.Ok(new SelTimeUtcOffset(_store.Clock.UtcOffsetMinutes).WriteTo(response))
            : CompletionCode.RequestDataLengthInvalid;

    /// <summary>Set SEL Time UTC Offset, §31.11b: -1440..1440 minutes or 0x07FF unspecified.</summary>
    private CommandResult SetUtcOffset(CommandContext context, ReadOnlySpan<byte> request, Span<byte> response)
    {
        if (request.Length != SelTimeUtcOffset.Length || !SelTimeUtcOffset.TryParse(request, out var offset))
            return CompletionCode.RequestDataLengthInvalid;
        if (!offset.IsValid)
            return CompletionCode.ParameterOutOfRange;
        _store.Clock.SetUtcOffset(offset.Minutes);
        return CommandResult.Ok(0);
    }
}
