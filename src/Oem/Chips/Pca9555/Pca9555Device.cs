using System.Buffers.Binary;
using I2cBridge;
using I2cBridge.Queue;

namespace Oem.Chips.Pca9555;

/// <summary>
/// NXP PCA9555 16-bit GPIO expander. Pins 0-7 are port 0, 8-15 port 1; a port pair is read or written as one
/// little-endian word (port 0 first, the pointer toggles within the pair). Driving a pin sets its output bit and,
/// if needed, turns it into an output, in one transaction, output first so it never glitches.
/// </summary>
public sealed class Pca9555Device
{
    private readonly I2cBusQueue _queue;

    public Pca9555Device(I2cBusQueue queue, int address)
    {
        I2cAddress.Validate(address, nameof(address));
        _queue = queue;
        Address = address;
    }

    public int Address { get; }

    /// <summary>Levels of all 16 pins (input port registers, after polarity inversion), bit n = pin n.</summary>
    public ValueTask<ushort> ReadInputsAsync(CancellationToken cancellationToken = default) =>
        _queue.ExecuteAsync(static (bus, self) => self.ReadPair(bus, Pca9555Register.InputPort0), this, I2cTransactionOptions.Read, cancellationToken);

    public async ValueTask<bool> ReadPinAsync(int pin, CancellationToken cancellationToken = default)
    {
        CheckPin(pin);
        return (await ReadInputsAsync(cancellationToken).ConfigureAwait(false) & (1 << pin)) != 0;
    }

    /// <summary>Drives <paramref name="pin"/> high or low, making it an output if it was an input.</summary>
    public ValueTask WritePinAsync(int pin, bool high, CancellationToken cancellationToken = default)
    {
        CheckPin(pin);
        return new ValueTask(_queue.ExecuteAsync(static (bus, s) => s.Self.WritePin(bus, s.Pin, s.High), (Self: this, Pin: pin, High: high),
            I2cTransactionOptions.Write, cancellationToken).AsTask());
    }

    private bool WritePin(I2cBus bus, int pin, bool high)
    {
        var bit = (ushort)(1 << pin);
        var output = ReadPair(bus, Pca9555Register.OutputPort0);
        var wanted = high ? (ushort)(output | bit) : (ushort)(output & ~bit);
        if (wanted != output)
            WritePair(bus, Pca9555Register.OutputPort0, wanted);
        var configuration = ReadPair(bus, Pca9555Register.ConfigurationPort0);
        if ((configuration & bit) != 0)
            WritePair(bus, Pca9555Register.ConfigurationPort0, (ushort)(configuration & ~bit));
        return true;
    }

    private ushort ReadPair(I2cBus bus, Pca9555Register first)
    {
        Span<byte> value = stackalloc byte[2];
        bus.WriteRead(Address, [(byte)first], value);
        return BinaryPrimitives.ReadUInt16LittleEndian(value);
    }

    private void WritePair(I2cBus bus, Pca9555Register first, ushort value)
    {
        Span<byte> message = stackalloc byte[3];
        message[0] = (byte)first;
        BinaryPrimitives.WriteUInt16LittleEndian(message[1..], value);
        bus.Write(Address, message);
    }

    private static void CheckPin(int pin) => ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)pin, 15u, nameof(pin));
}
