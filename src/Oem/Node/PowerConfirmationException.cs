namespace Oem.Node;

/// <summary>A power action did not reach the expected power-good state in time.</summary>
public sealed class PowerConfirmationException(bool expectedPowerOn, TimeSpan timeout)
    : Exception($"Power-good did not go {(expectedPowerOn ? "high" : "low")} within {timeout.TotalMilliseconds} ms.")
{
    public bool ExpectedPowerOn { get; } = expectedPowerOn;
    public TimeSpan Timeout { get; } = timeout;
}
