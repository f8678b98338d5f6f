namespace I2cBridge.Ipmb;

/// <summary>Settings of an IPMB requester; a plain record for configuration.</summary>
public sealed record IpmbRequesterOptions
{
    /// <summary>Our 8-bit slave address, the rqSA of every request.</summary>
    public byte OwnAddress { get; init; }

    /// <summary>Our LUN (rqLUN).</summary>
    public byte OwnLun { get; init; }

    /// <summary>How long to wait for a response before sending the request again.</summary>
    public TimeSpan ResponseTimeout { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Resends after a response timeout (same sequence number) before giving up.</summary>
    public int MaxRetries { get; init; } = 2;
}
