namespace I2cBridge.Simulated;

/// <summary>
/// SMBus block reads as an adapter with I2C_M_RECV_LEN does them: the wire carries the count byte, that many data
/// bytes and the PEC, not the largest possible block.
/// </summary>
public sealed partial class SimulatedI2cBus
{
    protected override int SmbusCore(int deviceAddress, SmbusProtocol protocol, bool read, byte command, Span<byte> data, bool pec)
    {
        if (!read || protocol != SmbusProtocol.BlockData)
            return base.SmbusCore(deviceAddress, protocol, read, command, data, pec);

        Span<byte> received = stackalloc byte[1 + SmbusBlockMax + 1];
        lock (_wire)
        {
            var target = DeviceAt(deviceAddress);
            var count = PeekCount(target, command);
            var wireLength = 1 + count + (pec ? 1 : 0);
            Transfer(deviceAddress, [command], received[..wireLength], wireLength, pecIndex: wireLength - 1);
        }
        FlushDeviceWrites();

        var n = received[0];
        if (n > SmbusBlockMax)
            ThrowHelper.ThrowI2c(I2cFailure.BusError, BusId, deviceAddress, $"block count {n} exceeds {SmbusBlockMax}");
        if (pec && SmbusPec.ForWriteRead(deviceAddress, [command], received[..(1 + n)]) != received[1 + n])
            ThrowHelper.ThrowI2c(I2cFailure.BadPec, BusId, deviceAddress);
        received.Slice(1, n).CopyTo(data);
        return n;
    }

    private static int PeekCount(SimulatedI2cDevice? target, byte command)
        => target is ISmbusBlockSource source ? Math.Min(source.PeekBlockCount(command), SmbusBlockMax) : SmbusBlockMax;
}
