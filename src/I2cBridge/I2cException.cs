namespace I2cBridge;

/// <summary>A failed I2C transfer: the kind of failure and where it happened.</summary>
public sealed class I2cException : IOException
{
    public I2cException(I2cFailure failure, int busId, int deviceAddress, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Failure = failure;
        BusId = busId;
        DeviceAddress = deviceAddress;
    }

    public I2cFailure Failure { get; }

    public int BusId { get; }

    /// <summary>7-bit target address, or -1 when the failure concerns the bus rather than one target.</summary>
    public int DeviceAddress { get; }

    public static I2cException Create(I2cFailure failure, int busId, int deviceAddress, string? detail = null, Exception? innerException = null)
    {
        var where = deviceAddress >= 0 ? $"bus {busId}, address 0x{deviceAddress:X2}" : $"bus {busId}";
        var text = detail is null ? $"I2C {failure} on {where}." : $"I2C {failure} on {where}: {detail}";
        return new I2cException(failure, busId, deviceAddress, text, innerException);
    }
}
