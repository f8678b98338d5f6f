namespace I2cBridge;

/// <summary>Which bus and which 7-bit address an <see cref="I2cDevice"/> talks to (shape of System.Device.I2c.I2cConnectionSettings).</summary>
public sealed record I2cConnectionSettings
{
    public I2cConnectionSettings(int busId, int deviceAddress)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(busId);
        I2cAddress.Validate(deviceAddress);
        BusId = busId;
        DeviceAddress = deviceAddress;
    }

    public int BusId { get; }

    public int DeviceAddress { get; }
}
