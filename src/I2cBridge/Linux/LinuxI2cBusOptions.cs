namespace I2cBridge.Linux;

/// <summary>How a <see cref="LinuxI2cBus"/> opens and drives /dev/i2c-N.</summary>
public sealed record LinuxI2cBusOptions
{
    /// <summary>Device node; defaults to /dev/i2c-{busId}.</summary>
    public string? DevicePath { get; init; }

    /// <summary>Use I2C_SLAVE_FORCE for SMBus transfers, taking addresses a kernel driver has bound (as i2cget -f does).</summary>
    public bool ForceAddress { get; init; }

    /// <summary>Adapter timeout set with I2C_TIMEOUT (10 ms units); null keeps the adapter's default.</summary>
    public TimeSpan? AdapterTimeout { get; init; }

    /// <summary>Adapter-level retries set with I2C_RETRIES; null keeps the default. Keep 0 and let the queue retry.</summary>
    public int? AdapterRetries { get; init; }
}
