using System.Buffers.Binary;
using I2cBridge;
using I2cBridge.Queue;

namespace Oem.Chips.Lm75;

/// <summary>
/// LM75-family temperature sensor (NXP LM75B, TI TMP75): the temperature register is a big-endian two's complement
/// word whose top <see cref="ResolutionBits"/> bits are valid (LM75B: 11 bits, 0.125 °C; TMP75 at power-on: 9 bits, 0.5 °C).
/// </summary>
public sealed class Lm75Device
{
    public const int Lm75bResolutionBits = 11;
    public const int Tmp75PowerOnResolutionBits = 9;

    private readonly I2cBusQueue _queue;

    public Lm75Device(I2cBusQueue queue, int address, int resolutionBits = Lm75bResolutionBits)
    {
        I2cAddress.Validate(address, nameof(address));
        ArgumentOutOfRangeException.ThrowIfLessThan(resolutionBits, 9);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(resolutionBits, 12);
        _queue = queue;
        Address = address;
        ResolutionBits = resolutionBits;
    }

    public int Address { get; }

    public int ResolutionBits { get; }

    /// <summary>Degrees Celsius.</summary>
    public ValueTask<double> ReadTemperatureAsync(CancellationToken cancellationToken = default) =>
        _queue.ExecuteAsync(static (bus, self) => Decode(self.ReadRegister(bus, Lm75Register.Temperature), self.ResolutionBits),
            this, I2cTransactionOptions.Read, cancellationToken);

    /// <summary>The temperature of a register word: the valid top bits as a signed value over 256 (LM75B §7.4.3).</summary>
    public static double Decode(ushort register, int resolutionBits)
    {
        var mask = (ushort)(0xFFFF << (16 - resolutionBits));
        return (short)(register & mask) / 256.0;
    }

    private ushort ReadRegister(I2cBus bus, Lm75Register register)
    {
        Span<byte> value = stackalloc byte[2];
        bus.WriteRead(Address, [(byte)register], value);
        return BinaryPrimitives.ReadUInt16BigEndian(value);
    }
}
