using I2cBridge.Simulated;

namespace I2cBridge.Tests;

public class I2cBusTests
{
    [TestCase(-1)]
    [TestCase(0x80)]
    [TestCase(0x90)]
    public void Settings_reject_addresses_that_are_not_7_bit(int address)
        => Assert.That(() => new I2cConnectionSettings(1, address), Throws.InstanceOf<ArgumentOutOfRangeException>());

    [Test]
    public void Settings_keep_bus_and_address()
    {
        var settings = new I2cConnectionSettings(3, 0x48);
        Assert.That((settings.BusId, settings.DeviceAddress), Is.EqualTo((3, 0x48)));
    }

    [Test]
    public void CreateDevice_routes_WriteRead_to_the_target_at_its_address()
    {
        using var bus = new SimulatedI2cBus(1);
        var eeprom = new SimulatedRegisterFile([0x10, 0x11, 0x12, 0x13]);
        bus.Attach(0x50, eeprom);
        using var device = bus.CreateDevice(0x50);
        Span<byte> read = stackalloc byte[2];

        device.WriteRead([0x02], read);

        Assert.That(read.ToArray(), Is.EqualTo(new byte[] { 0x12, 0x13 }));
        Assert.That(device.ConnectionSettings, Is.EqualTo(new I2cConnectionSettings(1, 0x50)));
    }

    [Test]
    public void CreateDevice_twice_for_one_address_fails_until_the_first_is_disposed()
    {
        using var bus = new SimulatedI2cBus(1);
        var first = bus.CreateDevice(0x50);
        Assert.That(() => bus.CreateDevice(0x50), Throws.InvalidOperationException);
        first.Dispose();
        Assert.That(() => bus.CreateDevice(0x50).Dispose(), Throws.Nothing);
    }

    [Test]
    public void ReadByte_and_WriteByte_are_single_byte_messages()
    {
        using var bus = new SimulatedI2cBus(1);
        var eeprom = new SimulatedRegisterFile([0xAA, 0xBB]);
        bus.Attach(0x50, eeprom);
        using var device = bus.CreateDevice(0x50);

        device.WriteByte(0x01); // sets the pointer only
        Assert.That(device.ReadByte(), Is.EqualTo(0xBB));
    }

    [Test]
    public void Nack_on_an_empty_address_surfaces_at_once_as_I2cException_Nack()
    {
        using var bus = new SimulatedI2cBus(2);
        var e = Assert.Throws<I2cException>(() => bus.Write(0x33, [0x00]))!;
        Assert.That((e.Failure, e.BusId, e.DeviceAddress), Is.EqualTo((I2cFailure.Nack, 2, 0x33)));
        Assert.That(e, Is.InstanceOf<IOException>());
        Assert.That(bus.Transfers, Is.EqualTo(1));
    }
}
