namespace Oem.Node;

/// <summary>Runtime settings of a node that do not belong in the platform profile.</summary>
public sealed record NodeOptions
{
    /// <summary>How often every sensor is read.</summary>
    public TimeSpan RefreshPeriod { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Simulated buses take their wire time (the running demo); off for tests.</summary>
    public bool SimulateTiming { get; init; }
}
