using I2cBridge.Simulated;

namespace I2cBridge.Tests.Simulated;

[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public class FaultInjectionTests
{
    private readonly SimulatedI2cBus _bus = new(1);
    private readonly SimulatedRegisterFile _eeprom = new([0x01, 0x02, 0x03, 0x04]);

    public FaultInjectionTests() => _bus.Attach(0x50, _eeprom);

    [TearDown]
    public void Dispose() => _bus.Dispose();

    [TestCase(SimulatedFaultKind.NackOnAddress, I2cFailure.Nack)]
    [TestCase(SimulatedFaultKind.NackAfterBytes, I2cFailure.Nack)]
    [TestCase(SimulatedFaultKind.Timeout, I2cFailure.Timeout)]
    [TestCase(SimulatedFaultKind.StuckBus, I2cFailure.Timeout)]
    public void Each_fault_surfaces_as_its_failure_kind(SimulatedFaultKind kind, I2cFailure expected)
    {
        _bus.Faults.Inject(new SimulatedFault { Kind = kind, Address = 0x50 });

        var e = Assert.Throws<I2cException>(() => _bus.WriteRead(0x50, [0x00, 0xAA], new byte[1]))!;

        Assert.That((e.Failure, e.DeviceAddress), Is.EqualTo((expected, 0x50)));
    }

    [Test]
    public void BadPec_fault_surfaces_as_BadPec_on_an_SMBus_read_with_PEC()
    {
        _eeprom[0x10] = 0x5A;
        _eeprom[0x11] = SmbusPec.ForWriteRead(0x50, [0x10], [0x5A]); // the byte after the data reads as a valid PEC
        Assert.That(_bus.SmbusReadByteData(0x50, 0x10, pec: true), Is.EqualTo(0x5A));
        _bus.Faults.Inject(new SimulatedFault { Kind = SimulatedFaultKind.BadPec });

        var e = Assert.Throws<I2cException>(() => _bus.SmbusReadByteData(0x50, 0x10, pec: true))!;

        Assert.That(e.Failure, Is.EqualTo(I2cFailure.BadPec));
    }

    [Test]
    public void CorruptByte_flips_the_chosen_read_byte_without_an_error()
    {
        _bus.Faults.Inject(new SimulatedFault { Kind = SimulatedFaultKind.CorruptByte, ByteIndex = 1, XorMask = 0x80 });
        var read = new byte[3];

        _bus.WriteRead(0x50, [0x00], read);

        Assert.That(read, Is.EqualTo(new byte[] { 0x01, 0x82, 0x03 }));
    }

    [Test]
    public void A_one_shot_fault_fires_once()
    {
        _bus.Faults.Inject(new SimulatedFault { Kind = SimulatedFaultKind.NackOnAddress });

        Assert.That(() => _bus.Read(0x50, new byte[1]), Throws.InstanceOf<I2cException>());
        Assert.That(() => _bus.Read(0x50, new byte[1]), Throws.Nothing);
    }

    [Test]
    public void A_persistent_fault_fires_until_cleared()
    {
        _bus.Faults.Inject(new SimulatedFault { Kind = SimulatedFaultKind.Timeout, Persistent = true });

        Assert.That(() => _bus.Read(0x50, new byte[1]), Throws.InstanceOf<I2cException>());
        Assert.That(() => _bus.Read(0x50, new byte[1]), Throws.InstanceOf<I2cException>());
        _bus.Faults.Clear();
        Assert.That(() => _bus.Read(0x50, new byte[1]), Throws.Nothing);
    }

    [Test]
    public void A_fault_for_another_address_leaves_this_one_alone()
    {
        _bus.Faults.Inject(new SimulatedFault { Kind = SimulatedFaultKind.NackOnAddress, Address = 0x51 });

        Assert.That(() => _bus.Read(0x50, new byte[1]), Throws.Nothing);
    }

    [Test]
    public void NackAfterBytes_lets_shorter_writes_through()
    {
        _bus.Faults.Inject(new SimulatedFault { Kind = SimulatedFaultKind.NackAfterBytes, AfterBytes = 2 });

        Assert.That(() => _bus.Write(0x50, [0x00, 0x11]), Throws.Nothing);
        Assert.That(() => _bus.Write(0x50, [0x00, 0x11, 0x22]), Throws.InstanceOf<I2cException>());
    }

    [Test]
    public void A_stuck_bus_fails_every_address_until_Recover()
    {
        _bus.Faults.Inject(new SimulatedFault { Kind = SimulatedFaultKind.StuckBus });
        Assert.That(() => _bus.Read(0x50, new byte[1]), Throws.InstanceOf<I2cException>());

        var other = Assert.Throws<I2cException>(() => _bus.Read(0x77, new byte[1]))!;
        Assert.That(other.Failure, Is.EqualTo(I2cFailure.Timeout));

        _bus.Recover();
        Assert.That(() => _bus.Read(0x50, new byte[1]), Throws.Nothing);
        Assert.That(_bus.Recoveries, Is.EqualTo(1));
    }

    [Test]
    public void Faults_can_come_from_options()
    {
        using var bus = new SimulatedI2cBus(2, new SimulatedBusOptions
        {
            Faults = [new SimulatedFault { Kind = SimulatedFaultKind.NackOnAddress, Address = 0x48, Persistent = true }],
        });
        bus.Attach(0x48, new SimulatedWordRegisterChip());

        var e = Assert.Throws<I2cException>(() => bus.Read(0x48, new byte[2]))!;
        Assert.That(e.Failure, Is.EqualTo(I2cFailure.Nack));
    }
}
