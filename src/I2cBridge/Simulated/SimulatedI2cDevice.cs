namespace I2cBridge.Simulated;

/// <summary>
/// A target on a <see cref="SimulatedI2cBus"/>, span-based (after dotnet/iot I2cSimulatedDeviceBase): the bus hands
/// it the bytes of each write message and asks it to fill each read message. State (pointer registers, pending
/// responses) lives in the device between messages, as on real hardware.
/// </summary>
public abstract class SimulatedI2cDevice
{
    /// <summary>The bus this device is attached to; a device may master the bus through it (IPMB responses).</summary>
    public SimulatedI2cBus? Bus { get; internal set; }

    /// <summary>7-bit address the device is attached at, or -1 when detached.</summary>
    public int Address { get; internal set; } = -1;

    /// <summary>Whether the device ACKs its address now; an SSIF BMC NACKs reads until its response is ready.</summary>
    public virtual bool AcknowledgesAddress(bool read) => true;

    /// <summary>The data bytes of one write message (the address byte excluded). May be empty for an address-only probe.</summary>
    public abstract void Write(ReadOnlySpan<byte> data);

    /// <summary>Fills one read message.</summary>
    public abstract void Read(Span<byte> data);

    /// <summary>Power-on reset: back to the power-on defaults.</summary>
    public virtual void Reset()
    {
    }
}
