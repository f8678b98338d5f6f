using I2cBridge;

namespace Oem.Node;

/// <summary>
/// A cached reading: the value of the last refresh, or unavailable with the failure that made it so. Before the
/// first refresh both are null (<see cref="IsInitializing"/>: IPMI's "initial update in progress").
/// </summary>
/// <param name="Value">The reading in the sensor's unit; null while unavailable.</param>
/// <param name="Failure">Why the last read failed; null after a success.</param>
/// <param name="LastSuccess">When the last successful read completed.</param>
/// <param name="HostOff">
/// The sensor is on the host's main power and the host is off, so it was not read (IPMI v2.0 §35.14, Table 35-15
/// byte 2: scanning disabled, reading unavailable).
/// </param>
public readonly record struct SensorReading(double? Value, I2cFailure? Failure, DateTimeOffset? LastSuccess, bool HostOff = false)
{
    public static SensorReading Initializing => default;

    public bool IsAvailable => Value is not null;

    public bool IsInitializing => Value is null && Failure is null && !HostOff;
}
