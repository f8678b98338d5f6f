using Oem.Platform;

namespace Oem.Node;

/// <summary>
/// The node's analog sensors: their definitions and their cached readings. Every member answers at once from memory;
/// the bus is read by a background refresher, so a slow or dead chip never delays a client.
/// </summary>
public interface ISensorSource
{
    IReadOnlyList<SensorDefinition> Sensors { get; }

    /// <summary>How often every sensor is read; a successful reading is never older than this (plus one read).</summary>
    TimeSpan RefreshPeriod { get; }

    /// <summary>The latest reading of sensor <paramref name="index"/> (its position in <see cref="Sensors"/>).</summary>
    SensorReading GetReading(int index);

    /// <summary>The thresholds in force (the profile's until changed).</summary>
    SensorThresholds GetThresholds(int index);

    /// <summary>Replaces the thresholds in memory; throws <see cref="ArgumentException"/> when they are not ordered.</summary>
    void SetThresholds(int index, SensorThresholds thresholds);

    /// <summary>The hysteresis in force (the profile's until changed); the threshold events use it.</summary>
    ThresholdHysteresis GetHysteresis(int index);

    /// <summary>Replaces the hysteresis in memory; throws <see cref="ArgumentException"/> when it is negative or not finite.</summary>
    void SetHysteresis(int index, ThresholdHysteresis hysteresis);

    /// <summary>A threshold was crossed (asserted) or recovered past its hysteresis (deasserted).</summary>
    event EventHandler<ThresholdCrossing>? ThresholdCrossed;
}
