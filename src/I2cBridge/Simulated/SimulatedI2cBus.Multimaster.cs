using System.Collections.Concurrent;

namespace I2cBridge.Simulated;

/// <summary>
/// Devices that master the bus themselves (an IPMB BMC writing its response to the requester's slave address).
/// Their writes are deferred until the current transfer has ended, as a second master would wait for STOP.
/// </summary>
public sealed partial class SimulatedI2cBus
{
    private readonly ConcurrentQueue<(int Target, byte[] Data)> _deviceWrites = new();

    /// <summary>A write message mastered by a device to <paramref name="targetAddress"/>; lost (as a NACKed write is) when nobody is there.</summary>
    public void WriteFromDevice(int targetAddress, ReadOnlySpan<byte> data)
    {
        I2cAddress.Validate(targetAddress, nameof(targetAddress));
        _deviceWrites.Enqueue((targetAddress, data.ToArray()));
        if (!_wire.IsHeldByCurrentThread)
            FlushDeviceWrites();
    }

    private void FlushDeviceWrites()
    {
        while (_deviceWrites.TryDequeue(out var write))
        {
            lock (_wire)
            {
                var target = DeviceAt(write.Target);
                Spend(SimulatedBusTiming.WireBytes(write.Data.Length, 0));
                if (target is not null && target.AcknowledgesAddress(read: false))
                    target.Write(write.Data);
            }
        }
    }
}
