using I2cBridge;
using I2cBridge.Simulated;
using Oem.Chips.Pmbus;
using Oem.Platform;
using Oem.Simulation;
using Oem.Tests.Support;

namespace Oem.Tests.Chips;

public class PmbusTests
{
    // LINEAR11 words worked by hand from PMBus 1.3 Part II §7.3 (X = Y·2^N, N = bits 15:11, Y = bits 10:0, both
    // two's complement). On the wire the low byte comes first: 0xD320 travels as 0x20 0xD3.
    private static readonly object[] Linear11Vectors =
    [
        new object[] { (ushort)0xD320, 12.5 },      // N = 11010b = −6, Y = 0x320 = 800 → 800/64
        new object[] { (ushort)0x0A58, 1200.0 },    // N = 1, Y = 0x258 = 600 → 600·2
        new object[] { (ushort)0xD7FF, -0.015625 }, // N = −6, Y = 0x7FF = −1 → −1/64
        new object[] { (ushort)0xEA00, 64.0 },      // N = 11101b = −3, Y = 0x200 = 512 → 512/8
        new object[] { (ushort)0x0000, 0.0 },
    ];

    [TestCaseSource(nameof(Linear11Vectors))]
    public void Linear11_decodes(ushort word, double value) => Assert.That(Linear11.Decode(word), Is.EqualTo(value));

    [TestCase(12.5)]
    [TestCase(1200.0)]
    [TestCase(-0.015625)]
    [TestCase(227.0)]
    public void Linear11_encoding_decodes_back(double value) => Assert.That(Linear11.Decode(Linear11.Encode(value)), Is.EqualTo(value));

    [Test, Description("VOUT_MODE 0x17: mode 000 (linear), exponent 10111b = −9; READ_VOUT 0x1800 = 6144 / 512 = 12.0 V (§8.3.1)")]
    public void Linear16_uses_the_vout_mode_exponent()
    {
        Assert.That(Linear16.TryGetExponent(0x17, out var exponent), Is.True);
        Assert.That((exponent, Linear16.Decode(0x1800, exponent)), Is.EqualTo((-9, 12.0)));
    }

    [Test]
    public void Vout_mode_other_than_linear_is_recognised() => Assert.That(Linear16.TryGetExponent(0x40, out _), Is.False);

    [Test]
    public async Task Read_pin_word_with_pec_from_the_twin()
    {
        await using var bench = new SimulatedBench();
        var psu = bench.Attach(0x58, new SimulatedPmbusPsu());
        psu.SetWord(PmbusCommand.ReadPin, 0x0A58);
        Assert.That(await new PmbusDevice(bench.Queue, 0x58).ReadAsync(PmbusReading.ReadPin), Is.EqualTo(1200.0));
    }

    [Test, Description("SMBus 3.1 §6.4: CRC-8 over B0 8D B1 + the word; a PEC that does not match fails the read")]
    public async Task Twin_appends_the_pec_of_the_whole_transaction()
    {
        await using var bench = new SimulatedBench();
        var psu = bench.Attach(0x58, new SimulatedPmbusPsu());
        psu.SetWord(PmbusCommand.ReadTemperature1, 0xD320);
        var received = new byte[3];
        bench.Bus.WriteRead(0x58, [0x8D], received);
        Assert.That(received[..2], Is.EqualTo(new byte[] { 0x20, 0xD3 }));
        Assert.That(received[2], Is.EqualTo(SmbusPec.Compute([0xB0, 0x8D, 0xB1, 0x20, 0xD3])));
    }

    [Test]
    public async Task Bad_pec_fails_the_read()
    {
        await using var bench = new SimulatedBench();
        var psu = bench.Attach(0x58, new SimulatedPmbusPsu());
        psu.Set(PmbusReading.ReadPin, 250);
        bench.Bus.Faults.Inject(new SimulatedFault { Kind = SimulatedFaultKind.BadPec, Address = 0x58 });
        var error = Assert.ThrowsAsync<I2cException>(async () => await new PmbusDevice(bench.Queue, 0x58).ReadAsync(PmbusReading.ReadPin));
        Assert.That(error!.Failure, Is.EqualTo(I2cFailure.BadPec));
    }

    [Test]
    public async Task Read_vout_applies_linear16()
    {
        await using var bench = new SimulatedBench();
        var psu = bench.Attach(0x58, new SimulatedPmbusPsu());
        psu.Set(PmbusReading.ReadVout, 12.0);
        Assert.That(await new PmbusDevice(bench.Queue, 0x58).ReadAsync(PmbusReading.ReadVout), Is.EqualTo(12.0));
    }
}
