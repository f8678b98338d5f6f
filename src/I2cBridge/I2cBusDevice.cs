namespace I2cBridge;

/// <summary>The <see cref="I2cDevice"/> handed out by <see cref="I2cBus.CreateDevice"/>: every call goes to its bus.</summary>
internal sealed class I2cBusDevice(I2cBus bus, I2cConnectionSettings settings) : I2cDevice
{
    public override I2cConnectionSettings ConnectionSettings => settings;

    public override void Read(Span<byte> buffer) => bus.Read(settings.DeviceAddress, buffer);

    public override void Write(ReadOnlySpan<byte> buffer) => bus.Write(settings.DeviceAddress, buffer);

    public override void WriteRead(ReadOnlySpan<byte> writeBuffer, Span<byte> readBuffer)
        => bus.WriteRead(settings.DeviceAddress, writeBuffer, readBuffer);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            bus.RemoveDevice(settings.DeviceAddress);
    }
}
