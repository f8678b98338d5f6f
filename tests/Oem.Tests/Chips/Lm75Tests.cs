using Oem.Chips.Lm75;
using Oem.Simulation;
using Oem.Tests.Support;

namespace Oem.Tests.Chips;

public class Lm75Tests
{
    // Register words and temperatures from NXP LM75B datasheet Table 10 (11-bit) and TI TMP75 datasheet
    // Table 7-1 (12-bit data shown left-justified; the 9-bit power-on setting keeps only the top 9 bits).
    private static readonly object[] Vectors =
    [
        new object[] { (ushort)0x1900, 11, 25.0 },
        new object[] { (ushort)0xE700, 11, -25.0 },
        new object[] { (ushort)0x7D00, 11, 125.0 },
        new object[] { (ushort)0x0020, 11, 0.125 },
        new object[] { (ushort)0xFFE0, 11, -0.125 },
        new object[] { (ushort)0xC900, 11, -55.0 },
        new object[] { (ushort)0x3240, 12, 50.25 },
        new object[] { (ushort)0x3240, 9, 50.0 },
        new object[] { (ushort)0xFFC0, 12, -0.25 },
    ];

    [TestCaseSource(nameof(Vectors))]
    public void Decode_register_word(ushort word, int bits, double celsius) =>
        Assert.That(Lm75Device.Decode(word, bits), Is.EqualTo(celsius));

    [TestCase(0x19, 0x00, 25.0)]
    [TestCase(0xE7, 0x00, -25.0)]
    public async Task Driver_reads_the_temperature_register_bytes_msb_first(int msb, int lsb, double celsius)
    {
        await using var bench = new SimulatedBench();
        var twin = bench.Attach(0x48, new SimulatedLm75());
        twin.SetWord((byte)Lm75Register.Temperature, (ushort)(msb << 8 | lsb));
        var device = new Lm75Device(bench.Queue, 0x48);
        Assert.That(await device.ReadTemperatureAsync(), Is.EqualTo(celsius));
    }

    [Test]
    public void Twin_encodes_minus_25_as_E7_00() =>
        Assert.That(new SimulatedLm75(temperature: -25).GetRegister((byte)Lm75Register.Temperature).ToArray(), Is.EqualTo(new byte[] { 0xE7, 0x00 }));

    [Test]
    public async Task Tmp75_power_on_resolution_rounds_to_half_degrees()
    {
        await using var bench = new SimulatedBench();
        bench.Attach(0x49, new SimulatedLm75(Lm75Device.Tmp75PowerOnResolutionBits, temperature: 61.3));
        var device = new Lm75Device(bench.Queue, 0x49, Lm75Device.Tmp75PowerOnResolutionBits);
        Assert.That(await device.ReadTemperatureAsync(), Is.EqualTo(61.5));
    }
}
