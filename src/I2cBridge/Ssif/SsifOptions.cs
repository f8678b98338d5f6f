namespace I2cBridge.Ssif;

/// <summary>Settings of an SSIF client; a plain record for configuration.</summary>
public sealed record SsifOptions
{
    /// <summary>How long to keep polling for a response while the BMC NACKs.</summary>
    public TimeSpan ResponseTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Pause between polls (the Linux ipmi_ssif driver uses 20 ms).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(20);

    /// <summary>Use PEC when the BMC reports support for it.</summary>
    public bool UsePec { get; init; } = true;

    /// <summary>Deadline of each SMBus transaction in the bus queue.</summary>
    public TimeSpan TransactionTimeout { get; init; } = TimeSpan.FromMilliseconds(500);
}
