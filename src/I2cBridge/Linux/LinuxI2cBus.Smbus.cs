using System.Buffers.Binary;
using I2cBridge.Linux.Interop;

namespace I2cBridge.Linux;

/// <summary>SMBus transfers through the I2C_SMBUS ioctl, with PEC switched by I2C_PEC (the kernel adds and checks it).</summary>
public sealed unsafe partial class LinuxI2cBus
{
    protected override int SmbusCore(int deviceAddress, SmbusProtocol protocol, bool read, byte command, Span<byte> data, bool pec)
    {
        var (size, need) = (protocol, read) switch
        {
            (SmbusProtocol.ByteData, true) => (LinuxSmbusSize.ByteData, LinuxI2cFunctionality.SmbusReadByteData),
            (SmbusProtocol.ByteData, false) => (LinuxSmbusSize.ByteData, LinuxI2cFunctionality.SmbusWriteByteData),
            (SmbusProtocol.WordData, true) => (LinuxSmbusSize.WordData, LinuxI2cFunctionality.SmbusReadWordData),
            (SmbusProtocol.WordData, false) => (LinuxSmbusSize.WordData, LinuxI2cFunctionality.SmbusWriteWordData),
            (_, true) => (LinuxSmbusSize.BlockData, LinuxI2cFunctionality.SmbusReadBlockData),
            _ => (LinuxSmbusSize.BlockData, LinuxI2cFunctionality.SmbusWriteBlockData),
        };
        if (pec)
            need |= LinuxI2cFunctionality.SmbusPec;
        if ((Functionality & need) != need)
            ThrowHelper.ThrowI2c(I2cFailure.Unsupported, BusId, deviceAddress, $"adapter lacks {need & ~Functionality}");

        return SmbusIoctl(deviceAddress, read, command, size, data, pec);
    }

    private void TransferAsSmbus(int deviceAddress, ReadOnlySpan<byte> write, Span<byte> read)
    {
        if (!LinuxSmbusPlan.TryCreate(write.Length, read.Length, Functionality, out var plan))
            ThrowHelper.ThrowI2c(I2cFailure.Unsupported, BusId, deviceAddress,
                $"an SMBus-only adapter cannot write {write.Length} then read {read.Length} bytes");

        var command = write.Length > 0 ? write[0] : (byte)0;
        Span<byte> payload = stackalloc byte[I2cBus.SmbusBlockMax];
        if (plan.Read)
        {
            var n = SmbusIoctl(deviceAddress, read: true, command, plan.Size, payload[..Math.Max(read.Length, 1)], pec: false);
            payload[..Math.Min(n, read.Length)].CopyTo(read);
        }
        else
        {
            var body = write.Length > 1 ? write[1..] : [];
            body.CopyTo(payload);
            SmbusIoctl(deviceAddress, read: false, command, plan.Size, payload[..body.Length], pec: false);
        }
    }

    /// <summary>One I2C_SMBUS ioctl. Returns the number of data bytes (the block count for block reads).</summary>
    private int SmbusIoctl(int deviceAddress, bool read, byte command, LinuxSmbusSize size, Span<byte> data, bool pec)
    {
        Bind(deviceAddress);
        if (pec != _pecEnabled)
        {
            IoctlChecked(I2cDev.I2C_PEC, (void*)(nuint)(pec ? 1 : 0), deviceAddress, "I2C_PEC");
            _pecEnabled = pec;
        }

        var union = default(i2c_smbus_data);
        if (!read)
            Fill(&union, size, data);
        else if (size == LinuxSmbusSize.I2cBlockData)
            union.block[0] = (byte)data.Length; // requested length for I2C block reads

        var args = new i2c_smbus_ioctl_data
        {
            read_write = read ? I2cDev.I2C_SMBUS_READ : I2cDev.I2C_SMBUS_WRITE,
            command = command,
            size = (uint)size,
            data = size == LinuxSmbusSize.Quick ? null : &union,
        };
        IoctlChecked(I2cDev.I2C_SMBUS, &args, deviceAddress, "I2C_SMBUS");
        return read ? Drain(&union, size, data) : data.Length;
    }

    private static void Fill(i2c_smbus_data* union, LinuxSmbusSize size, ReadOnlySpan<byte> data)
    {
        switch (size)
        {
            case LinuxSmbusSize.Byte or LinuxSmbusSize.Quick:
                break;
            case LinuxSmbusSize.ByteData:
                union->@byte = data[0];
                break;
            case LinuxSmbusSize.WordData:
                union->word = BinaryPrimitives.ReadUInt16LittleEndian(data); // wire order: low byte first
                break;
            default:
                union->block[0] = (byte)data.Length;
                data.CopyTo(new Span<byte>(union->block + 1, data.Length));
                break;
        }
    }

    private static int Drain(i2c_smbus_data* union, LinuxSmbusSize size, Span<byte> data)
    {
        switch (size)
        {
            case LinuxSmbusSize.Byte or LinuxSmbusSize.ByteData:
                data[0] = union->@byte;
                return 1;
            case LinuxSmbusSize.WordData:
                BinaryPrimitives.WriteUInt16LittleEndian(data, union->word);
                return 2;
            default:
                var count = Math.Min((int)union->block[0], data.Length);
                new ReadOnlySpan<byte>(union->block + 1, count).CopyTo(data);
                return union->block[0];
        }
    }

    private void Bind(int deviceAddress)
    {
        if (deviceAddress == _boundAddress)
            return;
        var request = _options.ForceAddress ? I2cDev.I2C_SLAVE_FORCE : I2cDev.I2C_SLAVE;
        IoctlChecked(request, (void*)(nuint)deviceAddress, deviceAddress, "I2C_SLAVE");
        _boundAddress = deviceAddress;
    }

    private void IoctlChecked(nuint request, void* arg, int deviceAddress, string name) => Ioctl(_handle, request, arg, deviceAddress, name);
}
