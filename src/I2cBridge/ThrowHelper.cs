using System.Diagnostics.CodeAnalysis;

namespace I2cBridge;

/// <summary>Throw sites kept out of hot transfer paths.</summary>
internal static class ThrowHelper
{
    [DoesNotReturn]
    public static void ThrowI2c(I2cFailure failure, int busId, int deviceAddress, string? detail = null)
        => throw I2cException.Create(failure, busId, deviceAddress, detail);

    [DoesNotReturn]
    public static void ThrowArgumentOutOfRange(string paramName, object? value, string message)
        => throw new ArgumentOutOfRangeException(paramName, value, message);

    [DoesNotReturn]
    public static void ThrowArgument(string paramName, string message)
        => throw new ArgumentException(message, paramName);
}
