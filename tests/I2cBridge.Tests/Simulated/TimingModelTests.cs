using I2cBridge.Simulated;

namespace I2cBridge.Tests.Simulated;

public class TimingModelTests
{
    private static readonly TimeSpan ByteAt100kHz = TimeSpan.FromMicroseconds(90);

    [Test, Description("9 bit-times per byte: a byte at 100 kHz takes 90 µs")]
    public void A_byte_at_100kHz_is_90_microseconds()
        => Assert.That(SimulatedBusTiming.ForBytes(1, 100_000), Is.EqualTo(ByteAt100kHz));

    [Test]
    public void A_32_byte_read_at_100kHz_accounts_at_least_33_byte_times()
    {
        using var bus = new SimulatedI2cBus(1, new SimulatedBusOptions { SpeedHz = 100_000 });
        bus.Attach(0x50, new SimulatedRegisterFile());

        bus.Read(0x50, new byte[32]);

        Assert.That(bus.BusTime, Is.GreaterThanOrEqualTo(33 * ByteAt100kHz));
        Assert.That(bus.BusTime, Is.EqualTo(33 * ByteAt100kHz));
    }

    [Test]
    public void A_write_read_counts_both_address_bytes()
    {
        using var bus = new SimulatedI2cBus(1, new SimulatedBusOptions { SpeedHz = 400_000 });
        bus.Attach(0x48, new SimulatedWordRegisterChip());

        bus.WriteRead(0x48, [0x00], new byte[2]);

        Assert.That(bus.BusTime, Is.EqualTo(SimulatedBusTiming.ForBytes(2 + 3, 400_000)));
    }

    [Test]
    public void An_address_NACK_costs_the_address_byte()
    {
        using var bus = new SimulatedI2cBus();
        Assert.That(() => bus.Write(0x10, [1, 2, 3]), Throws.InstanceOf<I2cException>());
        Assert.That(bus.BusTime, Is.EqualTo(ByteAt100kHz));
    }

    [Test, Description("With the model on, the transfer really takes its wire time; lower bound only")]
    public void With_timing_on_the_transfer_really_waits()
    {
        using var bus = new SimulatedI2cBus(1, new SimulatedBusOptions { SimulateTiming = true, SpeedHz = 100_000 });
        bus.Attach(0x50, new SimulatedRegisterFile());
        var started = System.Diagnostics.Stopwatch.GetTimestamp();

        bus.Read(0x50, new byte[32]);

        Assert.That(System.Diagnostics.Stopwatch.GetElapsedTime(started), Is.GreaterThanOrEqualTo(33 * ByteAt100kHz));
    }
}
