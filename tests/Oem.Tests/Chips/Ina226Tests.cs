using Oem.Chips.Ina226;
using Oem.Simulation;
using Oem.Tests.Support;

namespace Oem.Tests.Chips;

public class Ina226Tests
{
    [Test, Description("Bus voltage register 0x2580 = 9600 LSB × 1.25 mV (INA226 datasheet Table 7-5) = 12.000 V")]
    public async Task Bus_voltage_is_1_25_mV_per_lsb()
    {
        await using var bench = new SimulatedBench();
        var twin = bench.Attach(0x40, new SimulatedIna226());
        twin.BusVoltage = 12.0;
        Assert.That(twin.GetRegister((byte)Ina226Register.BusVoltage).ToArray(), Is.EqualTo(new byte[] { 0x00, 0x00 }), "registers update on read");
        var volts = await new Ina226Device(bench.Queue, 0x40).ReadBusVoltageAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(volts, Is.EqualTo(12.0).Within(1e-9));
            Assert.That(twin.GetWord((byte)Ina226Register.BusVoltage), Is.EqualTo(0x2580));
        }
    }

    [Test, Description("Shunt register 0xF830 = −2000 LSB × 2.5 µV = −5 mV (two's complement, datasheet Table 7-4)")]
    public async Task Shunt_voltage_is_signed_2_5_uV_per_lsb()
    {
        await using var bench = new SimulatedBench();
        var twin = bench.Attach(0x40, new SimulatedIna226(shuntOhms: 0.002));
        twin.Current = -2.5;
        var volts = await new Ina226Device(bench.Queue, 0x40).ReadShuntVoltageAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(twin.GetWord((byte)Ina226Register.ShuntVoltage), Is.EqualTo(0xF830));
            Assert.That(volts, Is.EqualTo(-0.005).Within(1e-12));
        }
    }

    [Test, Description("2 mΩ shunt, current LSB 1 mA: CAL = 0.00512 / (0.001 × 0.002) = 2560 (datasheet §7.5 Equation 1); 10 A at 12 V → current 10000 LSB, power 4800 × 25 mW = 120 W")]
    public async Task Current_and_power_use_the_calibration_register()
    {
        await using var bench = new SimulatedBench();
        var twin = bench.Attach(0x40, new SimulatedIna226(shuntOhms: 0.002));
        twin.BusVoltage = 12.0;
        twin.Current = 10.0;
        var device = new Ina226Device(bench.Queue, 0x40, shuntOhms: 0.002, maxCurrentA: 32.768);
        var amps = await device.ReadCurrentAsync();
        var watts = await device.ReadPowerAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(device.Calibration, Is.EqualTo(2560));
            Assert.That(twin.GetWord((byte)Ina226Register.Calibration), Is.EqualTo(0x0A00));
            Assert.That(twin.GetWord((byte)Ina226Register.Current), Is.EqualTo(10000));
            Assert.That(amps, Is.EqualTo(10.0).Within(1e-9));
            Assert.That(twin.GetWord((byte)Ina226Register.Power), Is.EqualTo(4800));
            Assert.That(watts, Is.EqualTo(120.0).Within(1e-9));
        }
    }

    [Test]
    public async Task Calibration_lost_at_chip_reset_is_written_again()
    {
        await using var bench = new SimulatedBench();
        var twin = bench.Attach(0x40, new SimulatedIna226(shuntOhms: 0.002));
        twin.Current = 5.0;
        var device = new Ina226Device(bench.Queue, 0x40, shuntOhms: 0.002, maxCurrentA: 32.768);
        await device.ReadCurrentAsync();
        twin.Reset();
        Assert.That(await device.ReadCurrentAsync(), Is.EqualTo(5.0).Within(1e-9));
    }

    [Test]
    public async Task Calibration_that_does_not_fit_15_bits_is_refused()
    {
        await using var bench = new SimulatedBench();
        Assert.Throws<ArgumentOutOfRangeException>(() => new Ina226Device(bench.Queue, 0x40, shuntOhms: 0.0001, maxCurrentA: 0.1));
    }
}
