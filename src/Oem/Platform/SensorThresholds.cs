namespace Oem.Platform;

/// <summary>
/// The six thresholds of an analog sensor (IPMI v2.0 §36.3), each optional, in the sensor's unit. Valid when the
/// present ones are ordered lowerNonRecoverable ≤ lowerCritical ≤ lowerNonCritical &lt; upperNonCritical ≤
/// upperCritical ≤ upperNonRecoverable.
/// </summary>
public sealed record SensorThresholds
{
    public double? LowerNonRecoverable { get; init; }
    public double? LowerCritical { get; init; }
    public double? LowerNonCritical { get; init; }
    public double? UpperNonCritical { get; init; }
    public double? UpperCritical { get; init; }
    public double? UpperNonRecoverable { get; init; }

    public double? this[ThresholdLevel level] => level switch
    {
        ThresholdLevel.LowerNonRecoverable => LowerNonRecoverable,
        ThresholdLevel.LowerCritical => LowerCritical,
        ThresholdLevel.LowerNonCritical => LowerNonCritical,
        ThresholdLevel.UpperNonCritical => UpperNonCritical,
        ThresholdLevel.UpperCritical => UpperCritical,
        ThresholdLevel.UpperNonRecoverable => UpperNonRecoverable,
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    /// <summary>The thresholds whose value at each level <paramref name="value"/> gives (null: absent).</summary>
    public static SensorThresholds From(Func<ThresholdLevel, double?> value) => new()
    {
        LowerNonRecoverable = value(ThresholdLevel.LowerNonRecoverable),
        LowerCritical = value(ThresholdLevel.LowerCritical),
        LowerNonCritical = value(ThresholdLevel.LowerNonCritical),
        UpperNonCritical = value(ThresholdLevel.UpperNonCritical),
        UpperCritical = value(ThresholdLevel.UpperCritical),
        UpperNonRecoverable = value(ThresholdLevel.UpperNonRecoverable),
    };

    /// <summary>Null when ordered; otherwise the first threshold out of order and why.</summary>
    public (ThresholdLevel Level, string Problem)? FindDisorder()
    {
        (ThresholdLevel Level, double Value)? previous = null;
        foreach (var level in Enum.GetValues<ThresholdLevel>())
        {
            if (this[level] is not { } value)
                continue;
            if (!double.IsFinite(value))
                return (level, $"{value} is not a finite number");
            if (previous is { } p)
            {
                var strict = !p.Level.IsUpper() && level.IsUpper();
                if (strict ? value <= p.Value : value < p.Value)
                    return (level, $"{value} is {(strict ? "not above" : "below")} {ThresholdLevels.JsonName(p.Level)} ({p.Value}); expected lower ≤ … < upper ≤ … in order");
            }
            previous = (level, value);
        }
        return null;
    }
}
