using Ipmi.Protocol;
using Ipmi.Protocol.Fru;
using Ipmi.Protocol.Sel;
using Ipmi.Protocol.SensorEvent;
using Ipmi.Protocol.Sensors;
using Ipmi.Protocol.Storage;

namespace Oem.Simulation;

public sealed partial class SimulatedIpmiBmc
{
    /// <summary>The BMC's SEL clock: fixed, so the entries and repository timestamps are too (2025-06-01 12:00 UTC).</summary>
    public const uint SelClock = 1_748_779_200;

    public const string BoardProductName = "PT-BMC Board";
    public const string ProductSerial = "PTB-000451";

    private readonly byte[] _fru;
    private readonly SelRecord[] _sel;
    private ushort _selReservation;

    /// <summary>A FRU image (Platform Management FRU Information Storage Definition v1.0) with board and product areas.</summary>
    private static byte[] DefaultFru() => new FruInventory(
        Board: new FruBoardInfo
        {
            ManufacturedAt = new DateTimeOffset(2024, 11, 4, 8, 30, 0, TimeSpan.Zero),
            Manufacturer = "Simulated Systems",
            ProductName = BoardProductName,
            SerialNumber = "PTB-BRD-0042",
            PartNumber = "PTB-100",
        },
        Product: new FruProductInfo
        {
            Manufacturer = "Simulated Systems",
            Name = "PT-1U Server",
            PartNumber = "PT-1U-A",
            Version = "A1",
            SerialNumber = ProductSerial,
        }).ToArray();

    /// <summary>Three system events (§32.1): a power unit power-off and power-on, then an inlet temperature warning.</summary>
    private static SelRecord[] DefaultSel() =>
    [
        SelRecord.SystemEvent(1, SelClock - 600, SensorEventGenerator, new EventMessage(EventMessage.IpmiV2Revision, SensorType.PowerUnit, 0x10, false, EventReadingType.SensorSpecific, 0x00)),
        SelRecord.SystemEvent(2, SelClock - 540, SensorEventGenerator, new EventMessage(EventMessage.IpmiV2Revision, SensorType.PowerUnit, 0x10, true, EventReadingType.SensorSpecific, 0x00)),
        SelRecord.SystemEvent(3, SelClock - 60, SensorEventGenerator, new EventMessage(EventMessage.IpmiV2Revision, SensorType.Temperature, 0x02, false, EventReadingType.Threshold, 0x07)),
    ];

    /// <summary>Generator ID of the BMC's own events: slave address 0x20, LUN 0 (§32.1, Table 32-1 bytes 8-9).</summary>
    private const ushort SensorEventGenerator = 0x0020;

    /// <summary>Get FRU Inventory Area Info, §34.1: FRU device 0 only, byte access.</summary>
    private int GetFruInventoryAreaInfo(ReadOnlySpan<byte> request, Span<byte> data, out CompletionCode code)
    {
        code = CompletionCode.Normal;
        if (request.Length != GetFruInventoryAreaInfoRequest.Length || !GetFruInventoryAreaInfoRequest.TryParse(request, out var get))
            return Fail(CompletionCode.RequestDataLengthInvalid, out code);
        return get.FruDeviceId == 0
            ? new GetFruInventoryAreaInfoResponse((ushort)_fru.Length).WriteTo(data)
            : Fail(CompletionCode.RequestedDataNotPresent, out code);
    }

    /// <summary>Read FRU Data, §34.2: at most <see cref="MaxReadBytes"/> per read (the count returned says how many).</summary>
    private int ReadFruData(ReadOnlySpan<byte> request, Span<byte> data, out CompletionCode code)
    {
        code = CompletionCode.Normal;
        if (request.Length != ReadFruDataRequest.Length || !ReadFruDataRequest.TryParse(request, out var read))
            return Fail(CompletionCode.RequestDataLengthInvalid, out code);
        if (read.FruDeviceId != 0)
            return Fail(CompletionCode.RequestedDataNotPresent, out code);
        if (read.Offset >= _fru.Length)
            return Fail(CompletionCode.ParameterOutOfRange, out code);
        var count = Math.Min(Math.Min(read.Count, MaxReadBytes), _fru.Length - read.Offset);
        return new ReadFruDataResponse(_fru.AsMemory(read.Offset, count)).WriteTo(data);
    }

    /// <summary>Get SEL Info, §31.2.</summary>
    private int GetSelInfo(Span<byte> data) =>
        new GetSelInfoResponse((ushort)_sel.Length, 0x1000, _sel[^1].Timestamp, 0, SelSupport.Reserve).WriteTo(data);

    /// <summary>Get SEL Entry, §31.5: 0x0000 first, 0xFFFF last; partial reads need the current reservation.</summary>
    private int GetSelEntry(ReadOnlySpan<byte> request, Span<byte> data, out CompletionCode code)
    {
        code = CompletionCode.Normal;
        if (request.Length != GetSelEntryRequest.Length || !GetSelEntryRequest.TryParse(request, out var get))
            return Fail(CompletionCode.RequestDataLengthInvalid, out code);
        if (get.Offset != 0 && get.ReservationId != _selReservation)
            return Fail(CompletionCode.ReservationCanceled, out code);
        var index = get.RecordId switch
        {
            GetSelEntryRequest.FirstEntry => 0,
            GetSelEntryRequest.LastEntry => _sel.Length - 1,
            _ => Array.FindIndex(_sel, e => e.RecordId == get.RecordId),
        };
        if (index < 0)
            return Fail(CompletionCode.RequestedDataNotPresent, out code);
        var entry = new byte[SelRecord.Length];
        _sel[index].WriteTo(entry);
        var count = get.BytesToRead == GetSelEntryRequest.EntireRecord ? SelRecord.Length - get.Offset : get.BytesToRead;
        if (get.Offset + count > SelRecord.Length)
            return Fail(CompletionCode.CannotReturnRequestedBytes, out code);
        var next = index + 1 < _sel.Length ? _sel[index + 1].RecordId : GetSelEntryResponse.EndOfLog;
        return new GetSelEntryResponse(next, entry.AsMemory(get.Offset, count)).WriteTo(data);
    }
}
