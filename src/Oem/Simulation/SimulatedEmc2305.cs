using Oem.Chips.Emc2305;
using I2cBridge.Simulated;

namespace Oem.Simulation;

/// <summary>
/// Twin of a Microchip EMC2305, tachometer side: <see cref="SetRpm"/> stores the 13-bit TACH count the chip would
/// measure under the channel's RANGE setting (COUNT = 3 932 160 × m / RPM), 0x1FFF for a stopped fan.
/// </summary>
public sealed class SimulatedEmc2305 : SimulatedRegisterDevice
{
    /// <summary>Fan Configuration 1 power-on value: RANGE 01 (1000 RPM minimum, m = 2), EDGES 01 (5 edges, 2 poles), UPDATE 400 ms.</summary>
    public const byte ConfigurationPowerOn = 0x2B;

    private readonly double[] _rpm = new double[Emc2305Device.Channels];

    public SimulatedEmc2305()
        : base(defaultWidth: 1, autoIncrement: true)
    {
        for (var channel = 1; channel <= Emc2305Device.Channels; channel++)
        {
            var offset = (byte)(Emc2305Device.ChannelStride * (channel - 1));
            DefineRegister((byte)(Emc2305Register.Fan1Configuration1 + offset), [ConfigurationPowerOn]);
            DefineRegister((byte)(Emc2305Register.Fan1TachReadingHigh + offset), [0xFF], readOnly: true);
            DefineRegister((byte)(Emc2305Register.Fan1TachReadingLow + offset), [0xF8], readOnly: true);
        }
        DefineRegister((byte)Emc2305Register.ProductId, [0x34], readOnly: true);
        DefineRegister((byte)Emc2305Register.ManufacturerId, [0x5D], readOnly: true);
        DefineRegister((byte)Emc2305Register.Revision, [0x80], readOnly: true);
    }

    public Action? BeforeRead { get; set; }

    public double GetRpm(int channel) => _rpm[channel - 1];

    public void SetRpm(int channel, double rpm) => _rpm[channel - 1] = Math.Max(0, rpm);

    protected override void OnRegisterRead(byte register)
    {
        if (register < (byte)Emc2305Register.Fan1Setting || register >= (byte)Emc2305Register.Fan1Setting + Emc2305Device.Channels * Emc2305Device.ChannelStride)
            return;
        var channel = (register - (byte)Emc2305Register.Fan1Setting) / Emc2305Device.ChannelStride + 1;
        var offset = (byte)(Emc2305Device.ChannelStride * (channel - 1));
        if (register != (byte)(Emc2305Register.Fan1TachReadingHigh + offset))
            return;
        BeforeRead?.Invoke();
        var multiplier = Emc2305Device.Multiplier(GetRegister((byte)(Emc2305Register.Fan1Configuration1 + offset))[0]);
        var rpm = _rpm[channel - 1];
        var count = rpm <= 0 ? Emc2305Device.StalledCount : (ushort)Math.Clamp(Math.Round(Emc2305Device.RpmFactor * multiplier / rpm), 1, Emc2305Device.StalledCount);
        SetRegister((byte)(Emc2305Register.Fan1TachReadingHigh + offset), [(byte)(count >> 5)]);
        SetRegister((byte)(Emc2305Register.Fan1TachReadingLow + offset), [(byte)((count & 0x1F) << 3)]);
    }
}
