using Oem.Chips.Emc2305;
using Oem.Simulation;
using Oem.Tests.Support;

namespace Oem.Tests.Chips;

public class Emc2305Tests
{
    // RPM = 3 932 160 × m / COUNT (EMC2305 datasheet §4.4, 2-pole fan, 5 edges); COUNT = TACH high << 5 | TACH low >> 3.
    [TestCase(0x2B, 0x20, 0x00, 7680.0)]   // m = 2 (RANGE 01), COUNT 1024
    [TestCase(0x0B, 0x20, 0x00, 3840.0)]   // m = 1 (RANGE 00)
    [TestCase(0x2B, 0x0F, 0x00, 16384.0)]  // COUNT 480
    [TestCase(0x2B, 0xFF, 0xF8, 0.0)]      // COUNT 0x1FFF: stopped
    public void Rpm_from_registers(byte configuration, byte high, byte low, double rpm) =>
        Assert.That(Emc2305Device.ToRpm(Emc2305Device.Count(high, low), Emc2305Device.Multiplier(configuration)), Is.EqualTo(rpm));

    [Test]
    public async Task Driver_reads_each_channel_from_its_register_block()
    {
        await using var bench = new SimulatedBench();
        var twin = bench.Attach(0x2E, new SimulatedEmc2305());
        twin.SetRpm(1, 7680);
        twin.SetRpm(2, 0);
        var device = new Emc2305Device(bench.Queue, 0x2E);
        var fan1 = await device.ReadRpmAsync(1);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(fan1, Is.EqualTo(7680.0));
            Assert.That((twin.GetRegister(0x3E)[0], twin.GetRegister(0x3F)[0]), Is.EqualTo(((byte)0x20, (byte)0x00)));
            Assert.That(await device.ReadRpmAsync(2), Is.EqualTo(0.0));
        }
    }
}
