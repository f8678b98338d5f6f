using I2cBridge;
using I2cBridge.Queue;
using Oem.Platform;

namespace Oem.Chips.Pmbus;

/// <summary>
/// A PMBus power supply: READ_* words in LINEAR11, READ_VOUT in LINEAR16 scaled by VOUT_MODE. With
/// <see cref="UsePec"/> every read carries the SMBus packet error code and a mismatch fails the read
/// (<see cref="I2cFailure.BadPec"/>), so a corrupted byte never becomes a reading.
/// </summary>
public sealed class PmbusDevice
{
    private readonly I2cBusQueue _queue;

    public PmbusDevice(I2cBusQueue queue, int address, bool usePec = true)
    {
        I2cAddress.Validate(address, nameof(address));
        _queue = queue;
        Address = address;
        UsePec = usePec;
    }

    public int Address { get; }

    public bool UsePec { get; }

    /// <summary>The reading in its unit: V, A, °C, RPM or W.</summary>
    public ValueTask<double> ReadAsync(PmbusReading reading, CancellationToken cancellationToken = default) =>
        _queue.ExecuteAsync(static (bus, s) => s.Self.Read(bus, s.Reading), (Self: this, Reading: reading), I2cTransactionOptions.Read, cancellationToken);

    private double Read(I2cBus bus, PmbusReading reading)
    {
        if (reading != PmbusReading.ReadVout)
            return Linear11.Decode(ReadWord(bus, (PmbusCommand)reading));
        var mode = bus.SmbusReadByteData(Address, (byte)PmbusCommand.VoutMode, UsePec);
        if (!Linear16.TryGetExponent(mode, out var exponent))
            throw I2cException.Create(I2cFailure.Unsupported, bus.BusId, Address, $"VOUT_MODE 0x{mode:X2} is not the linear format");
        return Linear16.Decode(ReadWord(bus, PmbusCommand.ReadVout), exponent);
    }

    private ushort ReadWord(I2cBus bus, PmbusCommand command) => bus.SmbusReadWordData(Address, (byte)command, UsePec);
}
