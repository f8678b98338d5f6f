using Oem.Platform;

namespace Oem.State;

/// <summary>
/// sensor-settings.json: what clients set over IPMI, by sensor name, in the sensor's unit: the thresholds each Set
/// Sensor Thresholds (IPMI v2.0 §35.8) named and the hysteresis of Set Sensor Hysteresis (§35.6). What is absent is
/// the profile's.
/// </summary>
public sealed record SensorSettingsState
{
    public Dictionary<string, SensorSetting> Sensors { get; init; } = [];
}

/// <summary>One sensor's settings: the thresholds set over IPMI (null levels: the profile's) and its hysteresis, if set.</summary>
public sealed record SensorSetting
{
    public SensorThresholds? Thresholds { get; init; }
    public double? PositiveHysteresis { get; init; }
    public double? NegativeHysteresis { get; init; }
}
