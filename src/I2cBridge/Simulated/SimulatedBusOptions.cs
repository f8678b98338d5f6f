namespace I2cBridge.Simulated;

/// <summary>Settings of a simulated bus; a plain record so the demo platform can bind it from configuration.</summary>
public sealed record SimulatedBusOptions
{
    /// <summary>SCL frequency used by the timing model.</summary>
    public int SpeedHz { get; init; } = 100_000;

    /// <summary>When true each transfer really takes its wire time (9 bit-times per byte); off for unit tests.</summary>
    public bool SimulateTiming { get; init; }

    /// <summary>Faults armed when the bus is created.</summary>
    public IReadOnlyList<SimulatedFault> Faults { get; init; } = [];
}
