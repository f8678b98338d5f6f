using Oem.Platform;

namespace Oem.Node;

/// <summary>A threshold event, the raw material of a SEL entry (IPMI v2.0 §29.7, threshold event offsets).</summary>
/// <param name="Asserted">True when the reading crossed the threshold outwards (upper: at or above; lower: at or below); false when it came back past the hysteresis.</param>
public sealed record ThresholdCrossing(int SensorIndex, string SensorName, ThresholdLevel Level, bool Asserted, double Value, double Threshold, DateTimeOffset Timestamp);
