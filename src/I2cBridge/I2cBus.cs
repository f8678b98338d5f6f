using System.Collections.Concurrent;

namespace I2cBridge;

/// <summary>
/// One physical I2C bus, shaped like System.Device.I2c.I2cBus (<see cref="CreateDevice"/>,
/// <see cref="RemoveDevice"/>) plus the transfer primitives the device objects and the per-bus queue use.
/// Not thread-safe: serialise access through <see cref="Queue.I2cBusQueue"/>.
/// </summary>
public abstract partial class I2cBus : IDisposable
{
    private readonly ConcurrentDictionary<int, I2cDevice> _devices = new();

    protected I2cBus(int busId)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(busId);
        BusId = busId;
    }

    public int BusId { get; }

    /// <summary>A device object for <paramref name="deviceAddress"/>; one per address at a time.</summary>
    public virtual I2cDevice CreateDevice(int deviceAddress)
    {
        I2cAddress.Validate(deviceAddress);
        var device = new I2cBusDevice(this, new I2cConnectionSettings(BusId, deviceAddress));
        if (!_devices.TryAdd(deviceAddress, device))
            throw new InvalidOperationException($"A device at 0x{deviceAddress:X2} already exists on bus {BusId}.");
        return device;
    }

    /// <summary>Forgets the device object at <paramref name="deviceAddress"/> (called by its Dispose).</summary>
    public virtual void RemoveDevice(int deviceAddress)
    {
        I2cAddress.Validate(deviceAddress);
        _devices.TryRemove(deviceAddress, out _);
    }

    /// <summary>
    /// A write message then, after a repeated START, a read message, ended by one STOP. Either part may be empty;
    /// both empty is an address-only probe. A NACK surfaces at once as <see cref="I2cFailure.Nack"/>: nothing here retries.
    /// </summary>
    public void WriteRead(int deviceAddress, ReadOnlySpan<byte> write, Span<byte> read)
    {
        I2cAddress.Validate(deviceAddress);
        WriteReadCore(deviceAddress, write, read);
    }

    public void Write(int deviceAddress, ReadOnlySpan<byte> data) => WriteRead(deviceAddress, data, []);

    public void Read(int deviceAddress, Span<byte> data) => WriteRead(deviceAddress, [], data);

    /// <summary>
    /// Brings a stuck bus back, called by the queue after repeated timeouts. The default does nothing; backends
    /// override (Linux reopens the adapter, the simulated bus clears a stuck fault).
    /// </summary>
    public virtual void Recover()
    {
    }

    protected abstract void WriteReadCore(int deviceAddress, ReadOnlySpan<byte> write, Span<byte> read);

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }
}
