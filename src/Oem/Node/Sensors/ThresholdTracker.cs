using Oem.Platform;

namespace Oem.Node.Sensors;

/// <summary>
/// Which thresholds of one sensor are asserted. An upper threshold asserts at or above its value and deasserts below
/// value − negative hysteresis; a lower one asserts at or below and deasserts above value + positive hysteresis
/// (IPMI v2.0 §36.3, hysteresis).
/// </summary>
internal sealed class ThresholdTracker
{
    private readonly bool[] _asserted = new bool[6];

    /// <summary>Forgets every assertion without reporting a deassertion (the sensor stopped being scanned).</summary>
    public void Reset() => Array.Clear(_asserted);

    public void Evaluate(double value, SensorThresholds thresholds, ThresholdHysteresis hysteresis,
        List<(ThresholdLevel Level, bool Asserted, double Threshold)> changes)
    {
        foreach (var level in Enum.GetValues<ThresholdLevel>())
        {
            var i = (int)level;
            if (thresholds[level] is not { } threshold)
            {
                _asserted[i] = false;
                continue;
            }
            bool now;
            if (level.IsUpper())
                now = _asserted[i] ? value >= threshold - hysteresis.NegativeGoing : value >= threshold;
            else
                now = _asserted[i] ? value <= threshold + hysteresis.PositiveGoing : value <= threshold;
            if (now != _asserted[i])
            {
                _asserted[i] = now;
                changes.Add((level, now, threshold));
            }
        }
    }
}
