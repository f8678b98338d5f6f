using System.Text.Json.Serialization;

namespace Oem.Platform;

/// <summary>What a sensor measures; fixes its unit (°C, V, A, RPM, W).</summary>
[JsonConverter(typeof(SensorKindNames))]
public enum SensorKind
{
    Temperature,
    Voltage,
    Current,
    Fan,
    Power,
}

public sealed class SensorKindNames() : NamedEnumConverter<SensorKind>(
    ("temperature", SensorKind.Temperature), ("voltage", SensorKind.Voltage), ("current", SensorKind.Current),
    ("fan", SensorKind.Fan), ("power", SensorKind.Power))
{
    public static readonly SensorKindNames Instance = new();
}
