namespace Oem.Platform;

/// <summary>The six thresholds, lowest first (IPMI v2.0 §36.3).</summary>
public enum ThresholdLevel
{
    LowerNonRecoverable,
    LowerCritical,
    LowerNonCritical,
    UpperNonCritical,
    UpperCritical,
    UpperNonRecoverable,
}

public static class ThresholdLevels
{
    public static bool IsUpper(this ThresholdLevel level) => level >= ThresholdLevel.UpperNonCritical;

    /// <summary>The profile's field name, e.g. "upperCritical".</summary>
    public static string JsonName(ThresholdLevel level)
    {
        var name = level.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
