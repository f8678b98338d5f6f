using I2cBridge.Linux;

namespace I2cBridge.Tests.Linux;

public class LinuxSmbusPlanTests
{
    private const LinuxI2cFunctionality Everything = (LinuxI2cFunctionality)0x0FFF0008;
    private const LinuxI2cFunctionality NoWordNoByteData =
        Everything & ~(LinuxI2cFunctionality.SmbusReadWordData | LinuxI2cFunctionality.SmbusWriteWordData
                       | LinuxI2cFunctionality.SmbusReadByteData | LinuxI2cFunctionality.SmbusWriteByteData);

    [TestCase(0, 0, false, LinuxSmbusSize.Quick)]
    [TestCase(0, 1, true, LinuxSmbusSize.Byte)]
    [TestCase(1, 0, false, LinuxSmbusSize.Byte)]
    [TestCase(2, 0, false, LinuxSmbusSize.ByteData)]
    [TestCase(3, 0, false, LinuxSmbusSize.WordData)]
    [TestCase(17, 0, false, LinuxSmbusSize.I2cBlockData)]
    [TestCase(33, 0, false, LinuxSmbusSize.I2cBlockData)]
    [TestCase(1, 1, true, LinuxSmbusSize.ByteData)]
    [TestCase(1, 2, true, LinuxSmbusSize.WordData)]
    [TestCase(1, 32, true, LinuxSmbusSize.I2cBlockData)]
    public void Write_read_patterns_map_to_the_SMBus_operation(int write, int read, bool isRead, LinuxSmbusSize size)
    {
        Assert.That(LinuxSmbusPlan.TryCreate(write, read, Everything, out var plan), Is.True);
        Assert.That((plan.Read, plan.Size), Is.EqualTo((isRead, size)));
    }

    [TestCase(2, 0, false)]
    [TestCase(3, 0, false)]
    [TestCase(1, 1, true)]
    [TestCase(1, 2, true)]
    public void Without_byte_and_word_data_I2C_block_carries_the_transfer(int write, int read, bool isRead)
    {
        Assert.That(LinuxSmbusPlan.TryCreate(write, read, NoWordNoByteData, out var plan), Is.True);
        Assert.That((plan.Read, plan.Size), Is.EqualTo((isRead, LinuxSmbusSize.I2cBlockData)));
    }

    [TestCase(2, 1, TestName = "Two-byte register pointer then read cannot be SMBus")]
    [TestCase(34, 0, TestName = "A write beyond command plus 32 bytes cannot be SMBus")]
    [TestCase(1, 33, TestName = "A read beyond 32 bytes cannot be SMBus")]
    [TestCase(0, 2, TestName = "A bare two-byte read cannot be SMBus")]
    public void Patterns_SMBus_cannot_express_are_refused(int write, int read)
        => Assert.That(LinuxSmbusPlan.TryCreate(write, read, Everything, out _), Is.False);

    [Test]
    public void A_pattern_is_refused_when_the_adapter_lacks_the_operation()
        => Assert.That(LinuxSmbusPlan.TryCreate(1, 2, LinuxI2cFunctionality.SmbusReadByteData, out _), Is.False);
}
