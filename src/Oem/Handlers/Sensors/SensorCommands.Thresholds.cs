using Ipmi.Protocol;
using Ipmi.Protocol.Commands;
using Ipmi.Protocol.SensorEvent;
using Ipmi.Protocol.Sensors;
using Oem.Platform;

namespace Oem.Handlers.Sensors;

public sealed partial class SensorCommands
{
    /// <summary>Get Sensor Thresholds, §35.9: the thresholds present, in raw counts.</summary>
    private CommandResult GetThresholds(CommandContext context, ReadOnlySpan<byte> request, Span<byte> response)
    {
        if (request.Length != GetSensorThresholdsRequest.Length || !GetSensorThresholdsRequest.TryParse(request, out var get))
            return CompletionCode.RequestDataLengthInvalid;
        var index = IndexOf(get.SensorNumber);
        if (index < 0)
            return CompletionCode.RequestedDataNotPresent;
        var thresholds = sensors.GetThresholds(index);
        var conversion = repository.ConversionOf(index);
        byte Raw(double? value) => value is { } v ? conversion.ToRaw(v) : (byte)0;
        var values = new ThresholdValues(
            Raw(thresholds.LowerNonCritical), Raw(thresholds.LowerCritical), Raw(thresholds.LowerNonRecoverable),
            Raw(thresholds.UpperNonCritical), Raw(thresholds.UpperCritical), Raw(thresholds.UpperNonRecoverable));
        return CommandResult.Ok(new GetSensorThresholdsResponse(SensorRecords.Present(thresholds), values).WriteTo(response));
    }

    /// <summary>
    /// Set Sensor Thresholds, §35.8: the masked thresholds, converted with the SDR's factors, are saved and replace the
    /// node's; thresholds out of order are 0xCC; a save that fails changes nothing and is refused (0xC4 on a full disk,
    /// else 0xFF, by <see cref="CompletionCodeMapper"/>). The SDR record changes with them (new addition timestamp).
    /// </summary>
    private CommandResult SetThresholds(CommandContext context, ReadOnlySpan<byte> request, Span<byte> response)
    {
        if (request.Length != SetSensorThresholdsRequest.Length || !SetSensorThresholdsRequest.TryParse(request, out var set))
            return CompletionCode.RequestDataLengthInvalid;
        var index = IndexOf(set.SensorNumber);
        if (index < 0)
            return CompletionCode.RequestedDataNotPresent;
        if (set.Set == Thresholds.None)
            return CommandResult.Ok(0);
        var conversion = repository.ConversionOf(index);
        var changes = SensorThresholds.From(level =>
            (set.Set & ThresholdEvents.MaskOf(level)) != 0 ? conversion.ToValue(Raw(set.Values, level)) : null);
        if (!settings.TrySetThresholds(index, changes))
            return CompletionCode.InvalidDataField;
        repository.SensorChanged();
        return CommandResult.Ok(0);
    }

    private static byte Raw(ThresholdValues values, ThresholdLevel level) => level switch
    {
        ThresholdLevel.LowerNonRecoverable => values.LowerNonRecoverable,
        ThresholdLevel.LowerCritical => values.LowerCritical,
        ThresholdLevel.LowerNonCritical => values.LowerNonCritical,
        ThresholdLevel.UpperNonCritical => values.UpperNonCritical,
        ThresholdLevel.UpperCritical => values.UpperCritical,
        _ => values.UpperNonRecoverable,
    };
}
