using Ipmi.Protocol;
using Ipmi.Protocol.Commands;
using Ipmi.Protocol.SensorEvent;
using Oem.Node;

namespace Oem.Handlers.Sensors;

public sealed partial class SensorCommands
{
    /// <summary>Get Sensor Hysteresis, §35.7: the hysteresis in force, in raw counts.</summary>
    private CommandResult GetHysteresis(CommandContext context, ReadOnlySpan<byte> request, Span<byte> response)
    {
        if (request.Length != GetSensorHysteresisRequest.Length || !GetSensorHysteresisRequest.TryParse(request, out var get))
            return CompletionCode.RequestDataLengthInvalid;
        var index = IndexOf(get.SensorNumber);
        if (index < 0)
            return CompletionCode.RequestedDataNotPresent;
        var hysteresis = sensors.GetHysteresis(index);
        var conversion = repository.ConversionOf(index);
        var counts = new SensorHysteresis(SensorRecords.Counts(hysteresis.PositiveGoing, conversion), SensorRecords.Counts(hysteresis.NegativeGoing, conversion));
        return CommandResult.Ok(counts.WriteTo(response));
    }

    /// <summary>
    /// Set Sensor Hysteresis, §35.6 (the SDR declares it settable, capabilities [5:4] = 10b): raw counts, one step of
    /// the SDR's conversion each, saved and put in force for the threshold events; the SDR record changes with it. A
    /// save that fails changes nothing and is refused (<see cref="CompletionCodeMapper"/>).
    /// </summary>
    private CommandResult SetHysteresis(CommandContext context, ReadOnlySpan<byte> request, Span<byte> response)
    {
        if (request.Length != SetSensorHysteresisRequest.Length || !SetSensorHysteresisRequest.TryParse(request, out var set))
            return CompletionCode.RequestDataLengthInvalid;
        var index = IndexOf(set.SensorNumber);
        if (index < 0)
            return CompletionCode.RequestedDataNotPresent;
        var step = repository.ConversionOf(index).Resolution;
        settings.SetHysteresis(index, new ThresholdHysteresis(set.Hysteresis.PositiveGoing * step, set.Hysteresis.NegativeGoing * step));
        repository.SensorChanged();
        return CommandResult.Ok(0);
    }

    /// <summary>Get Sensor Event Enable, §35.11: events and scanning on, every threshold event the record declares enabled.</summary>
    private CommandResult GetEventEnable(CommandContext context, ReadOnlySpan<byte> request, Span<byte> response)
    {
        if (request.Length != 1)
            return CompletionCode.RequestDataLengthInvalid;
        var index = IndexOf(request[0]);
        if (index < 0)
            return CompletionCode.RequestedDataNotPresent;
        var events = ThresholdEvents.AssertionEvents(SensorRecords.Present(sensors.GetThresholds(index)));
        return CommandResult.Ok(new SensorEventEnable(true, true, events, events).WriteTo(response));
    }

    /// <summary>
    /// Set Sensor Event Enable, §35.10: events and scanning stay enabled (the SDR declares global control only), so
    /// a request that keeps both on is accepted and one that would turn either off is "not supported in present
    /// state" (0xD5).
    /// </summary>
    private CommandResult SetEventEnable(CommandContext context, ReadOnlySpan<byte> request, Span<byte> response)
    {
        if (request.Length is < 2 or > 6)
            return CompletionCode.RequestDataLengthInvalid;
        var index = IndexOf(request[0]);
        if (index < 0)
            return CompletionCode.RequestedDataNotPresent;
        var disables = (request[1] & 0xC0) != 0xC0 || (request[1] & 0x30) == 0x20;
        return disables ? CompletionCode.NotSupportedInPresentState : CommandResult.Ok(0);
    }

    /// <summary>Re-arm Sensor Events, §35.12: the sensors re-arm automatically, so this only checks the sensor.</summary>
    private CommandResult Rearm(CommandContext context, ReadOnlySpan<byte> request, Span<byte> response)
    {
        if (request.Length is < RearmSensorEventsRequest.Length or > 6 || !RearmSensorEventsRequest.TryParse(request, out var rearm))
            return CompletionCode.RequestDataLengthInvalid;
        return IndexOf(rearm.SensorNumber) < 0 ? CompletionCode.RequestedDataNotPresent : CommandResult.Ok(0);
    }
}
