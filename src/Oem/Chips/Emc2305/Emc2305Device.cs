using I2cBridge;
using I2cBridge.Queue;

namespace Oem.Chips.Emc2305;

/// <summary>
/// Microchip EMC2305 fan controller, tachometer side: RPM = 3 932 160 × m / COUNT for 2-pole fans measured over
/// 5 edges (datasheet §4.4, Equation 4-3 with f_TACH = 32.768 kHz), where m is the RANGE multiplier and COUNT the
/// 13-bit TACH reading. The maximum count (0x1FFF) means the fan is stopped or below the range: 0 RPM.
/// </summary>
public sealed class Emc2305Device
{
    public const int Channels = 5;
    public const byte ChannelStride = 0x10;
    public const double RpmFactor = 3_932_160;
    public const ushort StalledCount = 0x1FFF;

    private readonly I2cBusQueue _queue;

    public Emc2305Device(I2cBusQueue queue, int address)
    {
        I2cAddress.Validate(address, nameof(address));
        _queue = queue;
        Address = address;
    }

    public int Address { get; }

    /// <param name="channel">Fan 1-5.</param>
    public ValueTask<double> ReadRpmAsync(int channel, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(channel, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(channel, Channels);
        return _queue.ExecuteAsync(static (bus, s) => s.Self.ReadRpm(bus, s.Channel), (Self: this, Channel: channel), I2cTransactionOptions.Read, cancellationToken);
    }

    /// <summary>RPM of a TACH count under a RANGE multiplier.</summary>
    public static double ToRpm(ushort count, int multiplier) => count is 0 or StalledCount ? 0 : RpmFactor * multiplier / count;

    /// <summary>The RANGE multiplier m of a Fan Configuration 1 value.</summary>
    public static int Multiplier(byte configuration1) => 1 << ((configuration1 >> 5) & 0b11);

    /// <summary>The 13-bit count of the two TACH reading registers.</summary>
    public static ushort Count(byte high, byte low) => (ushort)((high << 5) | (low >> 3));

    private double ReadRpm(I2cBus bus, int channel)
    {
        var offset = (byte)(ChannelStride * (channel - 1));
        var configuration = ReadRegister(bus, (byte)(Emc2305Register.Fan1Configuration1 + offset));
        var high = ReadRegister(bus, (byte)(Emc2305Register.Fan1TachReadingHigh + offset)); // latches the low byte
        var low = ReadRegister(bus, (byte)(Emc2305Register.Fan1TachReadingLow + offset));
        return ToRpm(Count(high, low), Multiplier(configuration));
    }

    private byte ReadRegister(I2cBus bus, byte register)
    {
        Span<byte> value = stackalloc byte[1];
        bus.WriteRead(Address, [register], value);
        return value[0];
    }
}
