using Oem.PassThrough;
using Oem.Platform;

namespace Oem.Tests.PassThrough;

/// <summary>On Linux, IPMB responses arrive through ipmb_dev_int's /dev/ipmb-N, which sits on the same adapter as /dev/i2c-N.</summary>
public sealed class IpmbDevicePathTests
{
    [TestCase("/dev/i2c-2", "/dev/ipmb-2")]
    [TestCase("/dev/i2c-13", "/dev/ipmb-13")]
    [TestCase("/dev/ipmb-5", "/dev/ipmb-5")]
    public void Bus_device_maps_to_the_ipmb_device(string device, string expected) =>
        Assert.That(PassThroughNodeFactory.IpmbDevicePath(new BusProfile { Id = 1, Device = device }), Is.EqualTo(expected));
}
