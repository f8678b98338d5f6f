using I2cBridge.Linux;

namespace I2cBridge.Tests.Linux;

public class I2cErrnoTests
{
    [TestCase(6, I2cFailure.Nack, TestName = "ENXIO is a NACK")]
    [TestCase(121, I2cFailure.Nack, TestName = "EREMOTEIO is a NACK")]
    [TestCase(19, I2cFailure.Nack, TestName = "ENODEV is a NACK")]
    [TestCase(110, I2cFailure.Timeout, TestName = "ETIMEDOUT is a timeout")]
    [TestCase(11, I2cFailure.ArbitrationLost, TestName = "EAGAIN is lost arbitration")]
    [TestCase(16, I2cFailure.BusBusy, TestName = "EBUSY is a busy bus")]
    [TestCase(95, I2cFailure.Unsupported, TestName = "EOPNOTSUPP is unsupported")]
    [TestCase(71, I2cFailure.BusError, TestName = "EPROTO is a bus error")]
    [TestCase(74, I2cFailure.BadPec, TestName = "EBADMSG is a bad PEC")]
    [TestCase(5, I2cFailure.Io, TestName = "EIO is a plain I/O error")]
    [TestCase(22, I2cFailure.Io, TestName = "EINVAL is a plain I/O error")]
    public void ToFailure_maps_errno(int errno, I2cFailure expected)
        => Assert.That(I2cErrno.ToFailure(errno), Is.EqualTo(expected));

    [Test]
    public void ToException_carries_errno_text_bus_and_address()
    {
        var e = I2cErrno.ToException(I2cErrno.EREMOTEIO, 3, 0x48, "I2C_RDWR");

        Assert.That((e.Failure, e.BusId, e.DeviceAddress), Is.EqualTo((I2cFailure.Nack, 3, 0x48)));
        Assert.That(e.Message, Does.Contain("errno 121").And.Contain("I2C_RDWR").And.Contain("0x48"));
    }
}
