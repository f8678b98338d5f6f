using I2cBridge.Linux;

namespace I2cBridge.Tests.Linux;

public sealed class I2cDevPathTests
{
    [TestCase("/dev/i2c-0", 0)]
    [TestCase("/dev/i2c-1", 1)]
    [TestCase("/dev/i2c-17", 17)]
    public void An_i2c_dev_node_names_its_adapter_number(string path, int expected)
    {
        Assert.That(I2cDevPath.TryGetAdapterNumber(path, out var adapter), Is.True);
        Assert.That(adapter, Is.EqualTo(expected));
    }

    [TestCase("/dev/i2c-")]
    [TestCase("/dev/i2c-1a")]
    [TestCase("/dev/i2c--1")]
    [TestCase("/dev/i2c-+1")]
    [TestCase("/dev/i2c-1 ")]
    [TestCase("/dev/ipmb-1")]
    [TestCase("i2c-1")]
    [TestCase("/dev/i2c-99999999999")]
    public void Anything_else_is_not_an_i2c_dev_node(string path)
        => Assert.That(I2cDevPath.TryGetAdapterNumber(path, out _), Is.False);

    [Test, Description("System.Device.I2c opens /dev/i2c-N by number, so another path is refused before anything is opened")]
    public void A_bus_on_a_path_that_is_not_an_i2c_dev_node_is_refused()
        => Assert.That(() => new LinuxI2cBus(1, new LinuxI2cBusOptions { DevicePath = "/tmp/not-i2c" }),
            Throws.ArgumentException.With.Message.Contains("expected /dev/i2c-N"));
}
