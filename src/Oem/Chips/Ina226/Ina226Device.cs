using System.Buffers.Binary;
using I2cBridge;
using I2cBridge.Queue;

namespace Oem.Chips.Ina226;

/// <summary>
/// TI INA226 power monitor. Bus and shunt voltages are read directly; current and power need the calibration
/// register, CAL = 0.00512 / (current LSB × R_shunt) (datasheet §7.5, Equation 1), which the chip loses at power-on,
/// so each current or power read checks it and rewrites it when it differs.
/// </summary>
public sealed class Ina226Device
{
    public const double BusVoltageLsb = 1.25e-3;
    public const double ShuntVoltageLsb = 2.5e-6;
    /// <summary>Power LSB = 25 × current LSB (datasheet §7.5, Equation 4).</summary>
    public const int PowerLsbFactor = 25;

    private readonly I2cBusQueue _queue;

    /// <param name="shuntOhms">The shunt resistor; null when only voltages are read.</param>
    /// <param name="maxCurrentA">Largest expected current; the current LSB is this over 2^15.</param>
    public Ina226Device(I2cBusQueue queue, int address, double? shuntOhms = null, double maxCurrentA = 10)
    {
        I2cAddress.Validate(address, nameof(address));
        _queue = queue;
        Address = address;
        if (shuntOhms is { } shunt)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(shunt, nameof(shuntOhms));
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCurrentA);
            CurrentLsb = maxCurrentA / 32768;
            var calibration = Math.Truncate(0.00512 / (CurrentLsb * shunt));
            if (calibration is < 1 or > 0x7FFF)
                throw new ArgumentOutOfRangeException(nameof(maxCurrentA), $"Calibration {calibration} does not fit 15 bits; choose another maximum current for a {shunt} Ω shunt.");
            Calibration = (ushort)calibration;
        }
    }

    public int Address { get; }

    /// <summary>Amperes per LSB of the current register; 0 without a shunt.</summary>
    public double CurrentLsb { get; }

    /// <summary>The calibration register value; 0 without a shunt.</summary>
    public ushort Calibration { get; }

    /// <summary>Volts on the bus (IN−) pin.</summary>
    public ValueTask<double> ReadBusVoltageAsync(CancellationToken cancellationToken = default) =>
        _queue.ExecuteAsync(static (bus, self) => self.ReadRegister(bus, Ina226Register.BusVoltage) * BusVoltageLsb,
            this, I2cTransactionOptions.Read, cancellationToken);

    /// <summary>Volts across the shunt, signed.</summary>
    public ValueTask<double> ReadShuntVoltageAsync(CancellationToken cancellationToken = default) =>
        _queue.ExecuteAsync(static (bus, self) => (short)self.ReadRegister(bus, Ina226Register.ShuntVoltage) * ShuntVoltageLsb,
            this, I2cTransactionOptions.Read, cancellationToken);

    /// <summary>Amperes, signed.</summary>
    public ValueTask<double> ReadCurrentAsync(CancellationToken cancellationToken = default) =>
        _queue.ExecuteAsync(static (bus, self) => (short)self.ReadCalibrated(bus, Ina226Register.Current) * self.CurrentLsb,
            this, I2cTransactionOptions.Read, cancellationToken);

    /// <summary>Watts.</summary>
    public ValueTask<double> ReadPowerAsync(CancellationToken cancellationToken = default) =>
        _queue.ExecuteAsync(static (bus, self) => self.ReadCalibrated(bus, Ina226Register.Power) * PowerLsbFactor * self.CurrentLsb,
            this, I2cTransactionOptions.Read, cancellationToken);

    private ushort ReadCalibrated(I2cBus bus, Ina226Register register)
    {
        if (Calibration == 0)
            throw new InvalidOperationException("Current and power need the shunt resistance.");
        if (ReadRegister(bus, Ina226Register.Calibration) != Calibration)
            WriteRegister(bus, Ina226Register.Calibration, Calibration);
        return ReadRegister(bus, register);
    }

    private ushort ReadRegister(I2cBus bus, Ina226Register register)
    {
        Span<byte> value = stackalloc byte[2];
        bus.WriteRead(Address, [(byte)register], value);
        return BinaryPrimitives.ReadUInt16BigEndian(value);
    }

    private void WriteRegister(I2cBus bus, Ina226Register register, ushort value)
    {
        Span<byte> message = stackalloc byte[3];
        message[0] = (byte)register;
        BinaryPrimitives.WriteUInt16BigEndian(message[1..], value);
        bus.Write(Address, message);
    }
}
