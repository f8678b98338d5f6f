using Ipmi.Protocol;
using Ipmi.Protocol.SensorEvent;
using Ipmi.Protocol.Storage;

namespace Oem.Simulation;

public sealed partial class SimulatedIpmiBmc
{
    /// <summary>The sensor/event and storage commands the simulated BMC answers; -1 for the rest.</summary>
    private int Storage(NetFn netFn, byte command, ReadOnlySpan<byte> request, Span<byte> data, out CompletionCode code)
    {
        code = CompletionCode.Normal;
        return (netFn, command) switch
        {
            (NetFn.SensorEvent, GetSensorReadingRequest.Command) => GetSensorReading(request, data, out code),
            (NetFn.SensorEvent, GetSensorThresholdsRequest.Command) => GetSensorThresholds(request, data, out code),
            (NetFn.Storage, GetSdrRepositoryInfoResponse.Command) => GetSdrRepositoryInfo(data),
            (NetFn.Storage, ReservationResponse.ReserveSdrRepositoryCommand) => new ReservationResponse(++_sdrReservation).WriteTo(data),
            (NetFn.Storage, GetSdrRequest.Command) => GetSdr(request, data, out code),
            (NetFn.Storage, GetFruInventoryAreaInfoResponse.Command) => GetFruInventoryAreaInfo(request, data, out code),
            (NetFn.Storage, ReadFruDataRequest.Command) => ReadFruData(request, data, out code),
            (NetFn.Storage, GetSelInfoResponse.Command) => GetSelInfo(data),
            (NetFn.Storage, ReservationResponse.ReserveSelCommand) => new ReservationResponse(++_selReservation).WriteTo(data),
            (NetFn.Storage, GetSelEntryRequest.Command) => GetSelEntry(request, data, out code),
            (NetFn.Storage, SelTime.GetCommand) => new SelTime(SelClock).WriteTo(data),
            _ => -1,
        };
    }

    private static int Fail(CompletionCode failure, out CompletionCode code)
    {
        code = failure;
        return 0;
    }
}
