namespace Oem.Node;

/// <summary>
/// How far a reading must come back past a threshold before the threshold deasserts, in the sensor's unit (IPMI v2.0
/// §36.3): positive-going for the lower thresholds (the reading rises above threshold + it), negative-going for the
/// upper ones (it falls below threshold − it).
/// </summary>
public readonly record struct ThresholdHysteresis(double PositiveGoing, double NegativeGoing)
{
    /// <summary>Both are finite and not negative.</summary>
    public bool IsValid => double.IsFinite(PositiveGoing) && double.IsFinite(NegativeGoing) && PositiveGoing >= 0 && NegativeGoing >= 0;
}
