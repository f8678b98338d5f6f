using I2cBridge.Simulated;
using Oem.Chips.Lm75;

namespace Oem.Simulation;

/// <summary>
/// Twin of an LM75B / TMP75: the temperature register holds <see cref="Temperature"/> rounded to the part's
/// resolution, left-justified two's complement; configuration, T_HYST (75 °C) and T_OS (80 °C) keep their power-on values.
/// </summary>
public sealed class SimulatedLm75 : SimulatedWordRegisterChip
{
    private readonly int _resolutionBits;
    private double _temperature;

    public SimulatedLm75(int resolutionBits = Lm75Device.Lm75bResolutionBits, double temperature = 25)
    {
        _resolutionBits = resolutionBits;
        DefineWord((byte)Lm75Register.Temperature, 0, readOnly: true);
        DefineWord((byte)Lm75Register.Configuration, 0x0000);
        DefineWord((byte)Lm75Register.Hysteresis, 0x4B00);
        DefineWord((byte)Lm75Register.Overtemperature, 0x5000);
        Temperature = temperature;
    }

    /// <summary>Called before a register is sent, so a board model can update <see cref="Temperature"/>.</summary>
    public Action? BeforeRead { get; set; }

    /// <summary>Degrees Celsius, clamped to the part's −55…+125 °C range.</summary>
    public double Temperature
    {
        get => _temperature;
        set
        {
            _temperature = Math.Clamp(value, -55, 125);
            SetWord((byte)Lm75Register.Temperature, Encode(_temperature, _resolutionBits));
        }
    }

    /// <summary>The register word of a temperature: 256 per °C, low bits below the resolution cleared.</summary>
    public static ushort Encode(double celsius, int resolutionBits)
    {
        var step = 1 << (16 - resolutionBits);
        return (ushort)(short)(Math.Round(celsius * 256 / step) * step);
    }

    protected override void OnRegisterRead(byte register)
    {
        if (register == (byte)Lm75Register.Temperature)
            BeforeRead?.Invoke();
    }
}
