namespace Oem.Platform;

/// <summary>One physical I2C bus and its transaction queue.</summary>
public sealed record BusProfile
{
    /// <summary>The device value that selects the simulated demo board.</summary>
    public const string SimulatedDevice = "simulated";

    public required int Id { get; init; }

    /// <summary>"/dev/i2c-N", or "simulated" for the demo board.</summary>
    public required string Device { get; init; }

    public int SpeedHz { get; set; } = 100_000;

    /// <summary>Transactions that may wait behind the running one.</summary>
    public int QueueDepth { get; set; } = 32;

    /// <summary>Deadline of one transaction, from queueing to completion.</summary>
    public int TimeoutMs { get; set; } = 1000;

    /// <summary>Faults armed on a simulated bus at start (demo and tests only).</summary>
    public IReadOnlyList<FaultProfile> Faults { get; set; } = [];

    public bool IsSimulated => Device == SimulatedDevice;
}
