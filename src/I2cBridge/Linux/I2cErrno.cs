namespace I2cBridge.Linux;

/// <summary>
/// Kernel errno values returned by i2c-dev ioctls, mapped to <see cref="I2cFailure"/> following the kernel's
/// Documentation/i2c/fault-codes.rst.
/// </summary>
public static class I2cErrno
{
    public const int EIO = 5;
    public const int ENXIO = 6;
    public const int EAGAIN = 11;
    public const int EBUSY = 16;
    public const int ENODEV = 19;
    public const int EINVAL = 22;
    public const int EPROTO = 71;
    public const int EBADMSG = 74;
    public const int EOPNOTSUPP = 95;
    public const int ETIMEDOUT = 110;
    public const int EREMOTEIO = 121;

    public static I2cFailure ToFailure(int errno) => errno switch
    {
        ENXIO or EREMOTEIO or ENODEV => I2cFailure.Nack,
        ETIMEDOUT => I2cFailure.Timeout,
        EAGAIN => I2cFailure.ArbitrationLost,
        EBUSY => I2cFailure.BusBusy,
        EOPNOTSUPP => I2cFailure.Unsupported,
        EPROTO => I2cFailure.BusError,
        EBADMSG => I2cFailure.BadPec,
        _ => I2cFailure.Io,
    };

    /// <summary>The typed exception for <paramref name="errno"/>, its message carrying the C library's text.</summary>
    public static I2cException ToException(int errno, int busId, int deviceAddress, string operation, Exception? innerException = null)
    {
        var text = System.Runtime.InteropServices.Marshal.GetPInvokeErrorMessage(errno);
        return I2cException.Create(ToFailure(errno), busId, deviceAddress, $"{operation} failed: errno {errno} ({text})", innerException);
    }
}
