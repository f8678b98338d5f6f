using Ipmi.Protocol;
using Ipmi.Protocol.Commands;
using Ipmi.Protocol.SensorEvent;
using Ipmi.Protocol.Sensors;
using Oem.Platform;

namespace Oem.Handlers.Sensors;

public sealed partial class SensorCommands
{
    /// <summary>Get Sensor Reading byte 4 [7:6]: reserved, returned as 1b (§35.14, Table 35-15).</summary>
    private const byte ReservedStateBits = 0xC0;

    private const SensorReadingStatus Enabled = SensorReadingStatus.EventMessagesEnabled | SensorReadingStatus.ScanningEnabled;

    /// <summary>
    /// Get Sensor Reading, §35.14: the cached value through the SDR's conversion and the thresholds it is at or
    /// beyond; "reading unavailable" (0x20) while the sensor is unavailable or not yet read; scanning disabled as well,
    /// with no states, while a main-domain sensor's host is off (Table 35-15 byte 2 bits 6 and 5).
    /// </summary>
    private CommandResult GetReading(CommandContext context, ReadOnlySpan<byte> request, Span<byte> response)
    {
        if (request.Length != GetSensorReadingRequest.Length || !GetSensorReadingRequest.TryParse(request, out var get))
            return CompletionCode.RequestDataLengthInvalid;
        var index = IndexOf(get.SensorNumber);
        if (index < 0)
            return CompletionCode.RequestedDataNotPresent;
        var reading = sensors.GetReading(index);
        if (reading.HostOff)
            return CommandResult.Ok(new GetSensorReadingResponse(0, SensorReadingStatus.EventMessagesEnabled | SensorReadingStatus.ReadingUnavailable, ReservedStateBits, 1).WriteTo(response));
        if (reading.Value is not { } value)
            return CommandResult.Ok(new GetSensorReadingResponse(0, Enabled | SensorReadingStatus.ReadingUnavailable, ReservedStateBits, 1).WriteTo(response));
        var crossed = Crossed(value, sensors.GetThresholds(index));
        var raw = repository.ConversionOf(index).ToRaw(value);
        return CommandResult.Ok(new GetSensorReadingResponse(raw, Enabled, (ushort)(ReservedStateBits | (byte)crossed), 1).WriteTo(response));
    }

    /// <summary>Get Sensor Reading Factors, §35.5: linear sensors have one set of factors for every reading.</summary>
    private CommandResult GetReadingFactors(CommandContext context, ReadOnlySpan<byte> request, Span<byte> response)
    {
        if (request.Length != GetSensorReadingFactorsRequest.Length || !GetSensorReadingFactorsRequest.TryParse(request, out var get))
            return CompletionCode.RequestDataLengthInvalid;
        var index = IndexOf(get.SensorNumber);
        if (index < 0)
            return CompletionCode.RequestedDataNotPresent;
        return CommandResult.Ok(new GetSensorReadingFactorsResponse(0xFF, repository.ConversionOf(index).Factors).WriteTo(response));
    }

    /// <summary>The thresholds a value is at or beyond: lower ones at or below, upper ones at or above (§35.14 byte 4).</summary>
    private static Thresholds Crossed(double value, SensorThresholds thresholds)
    {
        var crossed = Thresholds.None;
        foreach (var level in Enum.GetValues<ThresholdLevel>())
        {
            if (thresholds[level] is { } threshold && (level.IsUpper() ? value >= threshold : value <= threshold))
                crossed |= ThresholdEvents.MaskOf(level);
        }
        return crossed;
    }
}
