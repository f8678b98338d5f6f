using Oem.Platform;

namespace Oem.Node;

/// <summary>
/// What a sensor definition uses when the profile is silent: a range and step that fit one byte of SDR reading
/// (256 steps), and the entity of the usual part (IPMI v2.0 §43.14, Table 43-13: 07h system board, 0Ah power
/// supply, 1Dh fan/cooling device).
/// </summary>
public static class SensorDefaults
{
    public static (double Min, double Max, double Resolution) Range(SensorKind kind) => kind switch
    {
        SensorKind.Temperature => (0, 127.5, 0.5),
        SensorKind.Voltage => (0, 16.32, 0.064),
        SensorKind.Current => (0, 51, 0.2),
        SensorKind.Fan => (0, 25500, 100),
        _ => (0, 1020, 4),
    };

    public static byte EntityId(SensorKind kind) => kind switch
    {
        SensorKind.Fan => 0x1D,
        SensorKind.Power => 0x0A,
        _ => 0x07,
    };

    public static SensorDefinition Define(int index, SensorProfile sensor)
    {
        var (min, max, resolution) = Range(sensor.Kind);
        return new SensorDefinition
        {
            Index = index,
            Name = sensor.Name,
            Kind = sensor.Kind,
            Unit = MeasurementUnits.Of(sensor.Kind),
            EntityId = sensor.Entity?.Id ?? EntityId(sensor.Kind),
            EntityInstance = sensor.Entity?.Instance ?? 1,
            NominalReading = sensor.Nominal,
            NominalMin = sensor.NominalMin ?? min,
            NominalMax = sensor.NominalMax ?? max,
            Resolution = sensor.Resolution ?? resolution,
            Thresholds = sensor.Thresholds,
            PositiveHysteresis = sensor.Hysteresis,
            NegativeHysteresis = sensor.Hysteresis,
            PowerDomain = sensor.PowerDomain,
        };
    }
}
