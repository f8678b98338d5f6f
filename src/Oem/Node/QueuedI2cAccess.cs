using I2cBridge;
using I2cBridge.Queue;

namespace Oem.Node;

/// <summary>Raw transfers through each bus's queue; never retried, since a raw write may not be idempotent.</summary>
public sealed class QueuedI2cAccess(IReadOnlyDictionary<int, I2cBusQueue> queues) : II2cAccess
{
    public IReadOnlyList<int> BusIds { get; } = queues.Keys.Order().ToArray();

    public ValueTask<byte[]> WriteReadAsync(int busId, int address, ReadOnlyMemory<byte> write, int readCount, CancellationToken cancellationToken = default)
    {
        if (!queues.TryGetValue(busId, out var queue))
            throw new ArgumentOutOfRangeException(nameof(busId), busId, "No such bus on this node.");
        I2cAddress.Validate(address, nameof(address));
        ArgumentOutOfRangeException.ThrowIfNegative(readCount);
        return queue.ExecuteAsync(static (bus, s) =>
        {
            var read = new byte[s.ReadCount];
            bus.WriteRead(s.Address, s.Write.Span, read);
            return read;
        }, (Address: address, Write: write, ReadCount: readCount), I2cTransactionOptions.Write, cancellationToken);
    }
}
