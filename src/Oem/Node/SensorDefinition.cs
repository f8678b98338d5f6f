using Oem.Platform;

namespace Oem.Node;

/// <summary>What a sensor is, in plain units: enough for an SDR, a Redfish Thermal entry or a Prometheus metric.</summary>
public sealed record SensorDefinition
{
    public required int Index { get; init; }
    public required string Name { get; init; }
    public required SensorKind Kind { get; init; }
    public required MeasurementUnit Unit { get; init; }
    /// <summary>IPMI entity ID (§43.14, Table 43-13) and instance; plain numbers every front end can map.</summary>
    public required byte EntityId { get; init; }
    public required byte EntityInstance { get; init; }
    /// <summary>The reading expected in normal operation, if the profile gives one.</summary>
    public double? NominalReading { get; init; }
    /// <summary>Lowest and highest reading the sensor reports; the linearization range.</summary>
    public required double NominalMin { get; init; }
    public required double NominalMax { get; init; }
    /// <summary>Step between representable readings.</summary>
    public required double Resolution { get; init; }
    /// <summary>The thresholds from the profile (current ones: <see cref="ISensorSource.GetThresholds"/>).</summary>
    public required SensorThresholds Thresholds { get; init; }
    /// <summary>Main-domain sensors are not read while the host is off.</summary>
    public PowerDomain PowerDomain { get; init; }
    /// <summary>The hysteresis from the profile (current one: <see cref="ISensorSource.GetHysteresis"/>).</summary>
    public double PositiveHysteresis { get; init; }
    public double NegativeHysteresis { get; init; }
}
