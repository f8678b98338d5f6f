using Ipmi.Protocol.Sdr;
using Ipmi.Protocol.Sensors;
using Oem.Node;
using Oem.Platform;

namespace Oem.Handlers.Sensors;

/// <summary>
/// Builds the Full Sensor Record (IPMI v2.0 §43.1, Table 43-1) of a profile sensor: type and unit from its kind,
/// entity from the profile, linearization from <see cref="SensorConversion.Choose"/> over its nominal range and
/// resolution, the thresholds and hysteresis in force in raw counts, and the threshold masks of the thresholds present.
/// </summary>
public static class SensorRecords
{
    /// <summary>Byte 11: initialize scanning, events, thresholds, hysteresis, sensor type; events and scanning enabled.</summary>
    private const byte Initialization = 0x7F;

    /// <summary>
    /// Byte 12: [6] auto re-arm, [5:4] 10b hysteresis readable and settable, [3:2] 10b thresholds readable and settable
    /// per the reading mask, [1:0] 10b global event disable only.
    /// </summary>
    private const byte Capabilities = 0x40 | 0x20 | 0x08 | 0x02;

    public static SensorType TypeOf(SensorKind kind) => kind switch
    {
        SensorKind.Temperature => SensorType.Temperature,
        SensorKind.Voltage => SensorType.Voltage,
        SensorKind.Current => SensorType.Current,
        SensorKind.Fan => SensorType.Fan,
        // Power has no sensor type of its own (Table 42-3); "other units-based" with unit watts, as ipmi_exporter expects.
        _ => SensorType.OtherUnitsBased,
    };

    public static SensorUnit UnitOf(MeasurementUnit unit) => unit switch
    {
        MeasurementUnit.DegreesCelsius => SensorUnit.DegreesCelsius,
        MeasurementUnit.Volts => SensorUnit.Volts,
        MeasurementUnit.Amperes => SensorUnit.Amps,
        MeasurementUnit.Rpm => SensorUnit.Rpm,
        _ => SensorUnit.Watts,
    };

    public static SensorConversion ConversionOf(SensorDefinition sensor) =>
        SensorConversion.Choose(sensor.NominalMin, sensor.NominalMax, sensor.Resolution);

    /// <summary>Hysteresis in raw counts (§35.7): whole steps of the conversion, 0-255.</summary>
    public static byte Counts(double hysteresis, SensorConversion conversion) =>
        (byte)Math.Clamp(Math.Round(hysteresis / conversion.Resolution), 0, 255);

    public static FullSensorRecord Full(ushort recordId, SensorDefinition sensor, SensorThresholds thresholds, ThresholdHysteresis hysteresis,
        SensorConversion conversion)
    {
        var present = Present(thresholds);
        byte Raw(double? value) => value is { } v ? conversion.ToRaw(v) : (byte)0;
        return new FullSensorRecord
        {
            RecordId = recordId,
            Owner = new SensorOwner(SensorOwner.Bmc, 0, 0, BmcSensorNumbers.ForIndex(sensor.Index)),
            EntityId = (EntityId)sensor.EntityId,
            EntityInstance = (byte)(sensor.EntityInstance & 0x7F),
            Initialization = Initialization,
            Capabilities = Capabilities,
            SensorType = TypeOf(sensor.Kind),
            EventReadingType = EventReadingType.Threshold,
            AssertionMask = (ushort)(ThresholdEvents.AssertionEvents(present) | ((byte)present & 0x07) << 12),   // [14:12] lower reading mask
            DeassertionMask = (ushort)(ThresholdEvents.AssertionEvents(present) | ((byte)present >> 3) << 12), // [14:12] upper reading mask
            ReadingMask = (ushort)((byte)present << 8 | (byte)present),                                 // settable, readable
            Units = new SensorUnits(conversion.Format, UnitOf(sensor.Unit)),
            Linearization = conversion.Linearization,
            Factors = conversion.Factors,
            AnalogFlags = (byte)(sensor.NominalReading is null ? 0 : 0x01),
            NominalReading = Raw(sensor.NominalReading),
            SensorMaximum = conversion.ToRaw(sensor.NominalMax),
            SensorMinimum = conversion.ToRaw(sensor.NominalMin),
            Thresholds = new ThresholdValues(
                Raw(thresholds.LowerNonCritical), Raw(thresholds.LowerCritical), Raw(thresholds.LowerNonRecoverable),
                Raw(thresholds.UpperNonCritical), Raw(thresholds.UpperCritical), Raw(thresholds.UpperNonRecoverable)),
            PositiveHysteresis = Counts(hysteresis.PositiveGoing, conversion),
            NegativeHysteresis = Counts(hysteresis.NegativeGoing, conversion),
            IdString = sensor.Name,
        };
    }

    /// <summary>The thresholds a sensor has, in the IPMI mask order.</summary>
    public static Thresholds Present(SensorThresholds thresholds)
    {
        var mask = Thresholds.None;
        foreach (var level in Enum.GetValues<ThresholdLevel>())
        {
            if (thresholds[level] is not null)
                mask |= ThresholdEvents.MaskOf(level);
        }
        return mask;
    }
}
