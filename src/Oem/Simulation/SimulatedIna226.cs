using I2cBridge.Simulated;
using Oem.Chips.Ina226;

namespace Oem.Simulation;

/// <summary>
/// Twin of a TI INA226 on a known shunt: the board sets <see cref="BusVoltage"/> and <see cref="Current"/>; the
/// registers follow the chip's own arithmetic (datasheet §7.5): shunt = I·R / 2.5 µV, bus = V / 1.25 mV,
/// current = shunt × CAL / 2048, power = current × bus / 20000.
/// </summary>
public sealed class SimulatedIna226 : SimulatedWordRegisterChip
{
    private readonly double _shuntOhms;

    public SimulatedIna226(double shuntOhms = 0.002)
    {
        _shuntOhms = shuntOhms;
        DefineWord((byte)Ina226Register.Configuration, 0x4127);
        DefineWord((byte)Ina226Register.ShuntVoltage, 0, readOnly: true);
        DefineWord((byte)Ina226Register.BusVoltage, 0, readOnly: true);
        DefineWord((byte)Ina226Register.Power, 0, readOnly: true);
        DefineWord((byte)Ina226Register.Current, 0, readOnly: true);
        DefineWord((byte)Ina226Register.Calibration, 0);
        DefineWord((byte)Ina226Register.MaskEnable, 0);
        DefineWord((byte)Ina226Register.AlertLimit, 0);
        DefineWord((byte)Ina226Register.ManufacturerId, 0x5449, readOnly: true);
        DefineWord((byte)Ina226Register.DieId, 0x2260, readOnly: true);
    }

    public Action? BeforeRead { get; set; }

    /// <summary>Volts on the bus pin (0-40.96 V).</summary>
    public double BusVoltage { get; set; }

    /// <summary>Amperes through the shunt.</summary>
    public double Current { get; set; }

    protected override void OnRegisterRead(byte register)
    {
        BeforeRead?.Invoke();
        var shunt = (short)Math.Clamp(Math.Round(Current * _shuntOhms / Ina226Device.ShuntVoltageLsb), short.MinValue, short.MaxValue);
        var bus = (ushort)Math.Clamp(Math.Round(BusVoltage / Ina226Device.BusVoltageLsb), 0, 0x7FFF);
        var calibration = GetWord((byte)Ina226Register.Calibration);
        var current = (short)Math.Clamp(shunt * calibration / 2048, short.MinValue, short.MaxValue);
        var power = (ushort)Math.Clamp(Math.Abs(current) * bus / 20000, 0, ushort.MaxValue);
        SetWord((byte)Ina226Register.ShuntVoltage, (ushort)shunt);
        SetWord((byte)Ina226Register.BusVoltage, bus);
        SetWord((byte)Ina226Register.Current, (ushort)current);
        SetWord((byte)Ina226Register.Power, power);
    }
}
