using System.Buffers.Binary;

namespace I2cBridge;

/// <summary>SMBus operations (SMBus 3.1 §6.5) with optional PEC. The default implementation runs them as raw I2C.</summary>
public abstract partial class I2cBus
{
    /// <summary>Largest SMBus block (SMBus 3.1 §6.5.7; I2C_SMBUS_BLOCK_MAX).</summary>
    public const int SmbusBlockMax = 32;

    public byte SmbusReadByteData(int deviceAddress, byte command, bool pec = false)
    {
        Span<byte> b = stackalloc byte[1];
        Smbus(deviceAddress, SmbusProtocol.ByteData, read: true, command, b, pec);
        return b[0];
    }

    public void SmbusWriteByteData(int deviceAddress, byte command, byte value, bool pec = false)
        => Smbus(deviceAddress, SmbusProtocol.ByteData, read: false, command, [value], pec);

    public ushort SmbusReadWordData(int deviceAddress, byte command, bool pec = false)
    {
        Span<byte> w = stackalloc byte[2];
        Smbus(deviceAddress, SmbusProtocol.WordData, read: true, command, w, pec);
        return BinaryPrimitives.ReadUInt16LittleEndian(w);
    }

    public void SmbusWriteWordData(int deviceAddress, byte command, ushort value, bool pec = false)
    {
        Span<byte> w = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(w, value);
        Smbus(deviceAddress, SmbusProtocol.WordData, read: false, command, w, pec);
    }

    /// <summary>Block Read: returns the byte count the target sent (0–32); the data land in <paramref name="data"/> (≥ 32 bytes).</summary>
    public int SmbusReadBlockData(int deviceAddress, byte command, Span<byte> data, bool pec = false)
    {
        if (data.Length < SmbusBlockMax)
            ThrowHelper.ThrowArgument(nameof(data), $"A block read needs room for {SmbusBlockMax} bytes.");
        return Smbus(deviceAddress, SmbusProtocol.BlockData, read: true, command, data[..SmbusBlockMax], pec);
    }

    public void SmbusWriteBlockData(int deviceAddress, byte command, ReadOnlySpan<byte> data, bool pec = false)
    {
        if (data.Length > SmbusBlockMax)
            ThrowHelper.ThrowArgument(nameof(data), $"An SMBus block holds at most {SmbusBlockMax} bytes.");
        Span<byte> copy = stackalloc byte[SmbusBlockMax];
        data.CopyTo(copy);
        Smbus(deviceAddress, SmbusProtocol.BlockData, read: false, command, copy[..data.Length], pec);
    }

    private int Smbus(int deviceAddress, SmbusProtocol protocol, bool read, byte command, Span<byte> data, bool pec)
    {
        I2cAddress.Validate(deviceAddress);
        return SmbusCore(deviceAddress, protocol, read, command, data, pec);
    }

    /// <summary>
    /// One SMBus transaction. <paramref name="data"/> is 1 byte (byte data), 2 bytes low first (word data), or the
    /// block (write: exactly the data; read: 32 bytes of room). Returns the number of data bytes.
    /// Over raw I2C the block read asks for the largest block, as an adapter without I2C_M_RECV_LEN must.
    /// </summary>
    protected virtual int SmbusCore(int deviceAddress, SmbusProtocol protocol, bool read, byte command, Span<byte> data, bool pec)
    {
        var block = protocol == SmbusProtocol.BlockData;
        Span<byte> frame = stackalloc byte[2 + SmbusBlockMax + 1];
        if (!read)
        {
            var n = 0;
            frame[n++] = command;
            if (block)
                frame[n++] = (byte)data.Length;
            data.CopyTo(frame[n..]);
            n += data.Length;
            if (pec)
            {
                frame[n] = SmbusPec.ForWrite(deviceAddress, frame[..n]);
                n++;
            }
            WriteReadCore(deviceAddress, frame[..n], []);
            return data.Length;
        }

        var countBytes = block ? 1 : 0;
        var readLength = countBytes + data.Length + (pec ? 1 : 0);
        var received = frame[..readLength];
        WriteReadCore(deviceAddress, [command], received);
        var count = block ? received[0] : data.Length;
        if (count > data.Length)
            ThrowHelper.ThrowI2c(I2cFailure.BusError, BusId, deviceAddress, $"block count {count} exceeds {SmbusBlockMax}");
        if (pec)
        {
            var covered = received[..(countBytes + count)];
            if (SmbusPec.ForWriteRead(deviceAddress, [command], covered) != received[countBytes + count])
                ThrowHelper.ThrowI2c(I2cFailure.BadPec, BusId, deviceAddress);
        }
        received.Slice(countBytes, count).CopyTo(data);
        return count;
    }
}
