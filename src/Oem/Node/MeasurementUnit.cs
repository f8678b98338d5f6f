using Oem.Platform;

namespace Oem.Node;

/// <summary>The unit of a reading; one per <see cref="SensorKind"/>.</summary>
public enum MeasurementUnit
{
    DegreesCelsius,
    Volts,
    Amperes,
    Rpm,
    Watts,
}

public static class MeasurementUnits
{
    public static MeasurementUnit Of(SensorKind kind) => kind switch
    {
        SensorKind.Temperature => MeasurementUnit.DegreesCelsius,
        SensorKind.Voltage => MeasurementUnit.Volts,
        SensorKind.Current => MeasurementUnit.Amperes,
        SensorKind.Fan => MeasurementUnit.Rpm,
        _ => MeasurementUnit.Watts,
    };
}
