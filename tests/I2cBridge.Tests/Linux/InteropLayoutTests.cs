using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using I2cBridge.Linux.Interop;

namespace I2cBridge.Tests.Linux;

/// <summary>The kernel structs as the x86-64 / arm64 ABI lays them out (include/uapi/linux/i2c.h, i2c-dev.h).</summary>
public unsafe class InteropLayoutTests
{
    [SetUp]
    public void SixtyFourBitOnly() => Assume.That(IntPtr.Size, Is.EqualTo(8));

    [Test]
    public void I2c_smbus_ioctl_data_is_16_bytes_with_size_at_4_and_data_at_8()
    {
        Assert.That(sizeof(i2c_smbus_ioctl_data), Is.EqualTo(16));
        var d = default(i2c_smbus_ioctl_data);
        Assert.That(Offset(ref d, ref d.read_write), Is.EqualTo(0));
        Assert.That(Offset(ref d, ref d.command), Is.EqualTo(1));
        Assert.That(Offset(ref d, ref d.size), Is.EqualTo(4));
        Assert.That((int)((nint)(&(&d)->data) - (nint)(&d)), Is.EqualTo(8));
    }

    [Test]
    public void I2c_smbus_data_is_34_bytes_with_all_members_at_0()
    {
        Assert.That(sizeof(i2c_smbus_data), Is.EqualTo(34));
        Assert.That(Marshal.SizeOf<i2c_smbus_data>(), Is.EqualTo(34));
        var d = default(i2c_smbus_data);
        d.word = 0xBEEF;
        Assert.That(d.@byte, Is.EqualTo(BitConverter.IsLittleEndian ? 0xEF : 0xBE));
        Assert.That(d.block[0], Is.EqualTo(d.@byte));
    }

    [Test]
    public void Pollfd_is_8_bytes()
        => Assert.That(sizeof(PollFd), Is.EqualTo(8));

    [Test, Description("ioctl numbers from include/uapi/linux/i2c-dev.h")]
    public void Ioctl_numbers_match_i2c_dev_h()
        => Assert.That(
            new[] { I2cDev.I2C_RETRIES, I2cDev.I2C_TIMEOUT, I2cDev.I2C_SLAVE, I2cDev.I2C_FUNCS, I2cDev.I2C_SLAVE_FORCE, I2cDev.I2C_PEC, I2cDev.I2C_SMBUS },
            Is.EqualTo(new nuint[] { 0x0701, 0x0702, 0x0703, 0x0705, 0x0706, 0x0708, 0x0720 }));

    private static int Offset<TStruct, TField>(ref TStruct s, ref TField field)
        => (int)Unsafe.ByteOffset(ref Unsafe.As<TStruct, byte>(ref s), ref Unsafe.As<TField, byte>(ref field));
}
