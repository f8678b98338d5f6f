namespace I2cBridge;

/// <summary>
/// What went wrong on the bus, independent of the backend. The Linux backend maps kernel errno values onto
/// these (see <c>Linux/I2cErrno.cs</c>); the simulated bus raises them from injected faults.
/// </summary>
public enum I2cFailure
{
    /// <summary>The target did not acknowledge its address or a data byte (ENXIO, EREMOTEIO, ENODEV).</summary>
    Nack,

    /// <summary>The transfer did not complete in time: clock stretched too long, adapter timeout, or a queue deadline (ETIMEDOUT).</summary>
    Timeout,

    /// <summary>Another master won arbitration (EAGAIN).</summary>
    ArbitrationLost,

    /// <summary>The bus or the adapter was busy, or the per-bus queue was full (EBUSY).</summary>
    BusBusy,

    /// <summary>A protocol violation on the wire (EPROTO).</summary>
    BusError,

    /// <summary>The SMBus packet error code did not match (EBADMSG).</summary>
    BadPec,

    /// <summary>The adapter cannot express the requested transfer (EOPNOTSUPP, or a pattern SMBus has no operation for).</summary>
    Unsupported,

    /// <summary>Any other I/O error; the message carries the errno text.</summary>
    Io,
}
